# Files larger than the buffers: characters and \r\n across chunk boundaries, tell/seek far
# into a file, encodings and the errors argument
import os

NAME = "_chunks.txt"
# 'é' is two bytes in UTF-8: with the odd prefix its bytes straddle every 8192-byte boundary
line = "x" + "é" * 40 + "\r\n"
with open(NAME, "w", newline="") as f:
    for i in range(600):
        f.write(str(i % 10) + line)
print(os.path.getsize(NAME))
with open(NAME) as f:
    lines = f.readlines()
print(len(lines), set(len(l) for l in lines), lines[0][-3:] == "éé\n")
with open(NAME, newline="") as f:
    print(sum(1 for l in f if l.endswith("\r\n")))
with open(NAME) as f:
    text = f.read()
print(len(text), text.count("\n"), "\r" in text)

# tell() at every line start, then seek back to some of them
with open(NAME) as f:
    marks = []
    while True:
        p = f.tell()
        l = f.readline()
        if not l:
            break
        marks.append((p, l))
    print(len(marks), marks[1][0], marks[100][0], marks[-1][0], f.tell())
    for p, l in [marks[7], marks[250], marks[599], marks[0]]:
        f.seek(p)
        print(p, f.readline() == l, f.tell())
    f.seek(marks[300][0])
    print(repr(f.read(3)), f.tell())

# binary reads across the buffer
with open(NAME, "rb") as f:
    a = f.read(10000)
    b = f.read(100)
    f.seek(8190)
    c = f.read(5)
    print(len(a), len(b), f.tell(), c)
    n = 0
    for bl in f:
        n += 1
    print(n, f.tell())

# a bad byte far into the file
with open(NAME, "ab") as f:
    f.write(b"bad \xff byte\n")
try:
    with open(NAME) as f:
        for l in f:
            pass
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(NAME, errors="replace") as f:
    print(repr(f.readlines()[-1]))
with open(NAME, errors="ignore") as f:
    print(repr(f.read()[-10:]))

# latin-1 and ascii
with open(NAME, "w", encoding="latin-1") as f:
    f.write("café ñ\n")
    print(f.tell())
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, encoding="latin-1") as f:
    print(repr(f.readline()), f.tell())
try:
    with open(NAME, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(NAME, "w", encoding="ascii") as f:
    try:
        f.write("naïve")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    f.write("plain")
with open(NAME, "w", encoding="ascii", errors="replace") as f:
    print(f.write("naïve"), f.errors)
with open(NAME) as f:
    print(f.read())

# many small writes then one read
with open(NAME, "w") as f:
    for i in range(20000):
        f.write(str(i))
        f.write("\n")
with open(NAME) as f:
    total = 0
    for l in f:
        total += int(l)
    print(total, f.tell())
os.remove(NAME)
