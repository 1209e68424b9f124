# r+, w+, a+ and their binary forms: reads and writes on one file
import os

NAME = "_update.txt"

def reset(data=b"hello\nworld\n"):
    with open(NAME, "wb") as f:
        f.write(data)

def contents():
    with open(NAME, "rb") as f:
        return f.read()

# binary r+: a write lands at the position, after what was read
reset()
with open(NAME, "rb+") as f:
    print(f.read(1), f.write(b"Z"), f.tell(), f.read(2), f.tell())
    f.seek(0, 2)
    f.write(b"tail")
    f.seek(0)
    print(f.read())
print(contents())

# text r+: overwrite from the start, then read the rest
reset()
with open(NAME, "r+") as f:
    print(f.write("HE"), f.tell())
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
print(contents())

# text r+ after a read: CPython writes after the chunk it read ahead (here: the end)
reset()
with open(NAME, "r+") as f:
    print(repr(f.read(1)), f.write("Z"), f.tell())
    f.seek(0)
    print(repr(f.read()))

# w+: empty at first, read back what was written
reset()
with open(NAME, "w+") as f:
    print(repr(f.read()), f.tell())
    f.write("line one\nline two\n")
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(f.readlines())
    f.seek(5)
    f.write("ONE")
    f.seek(0)
    print(list(f))

# binary w+ with a hole
with open(NAME, "wb+") as f:
    f.write(b"abc")
    f.seek(6)
    f.write(b"def")
    f.seek(0)
    print(f.read())

# a+: reads from where it seeks, writes always at the end
reset()
with open(NAME, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read(3)))
    print(f.write("END"), f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
reset()
with open(NAME, "ab+") as f:
    f.seek(0)
    print(f.read(5))
    f.seek(0)
    f.write(b"!")
    f.flush()
    print(f.tell())
    f.seek(0)
    print(f.read())
with open(NAME, "a") as f:
    f.seek(0)
    f.write("X")
    print(f.tell())
print(contents())

# x+ creates, reads back
os.remove(NAME)
with open(NAME, "x+") as f:
    f.write("new file\n")
    f.seek(0)
    print(repr(f.read()))

# interleaved small reads and writes in binary r+
reset(b"0123456789" * 3)
with open(NAME, "r+b") as f:
    for i in range(5):
        f.read(2)
        f.write(b"-")
    print(f.tell())
    f.seek(0)
    print(f.read())
os.remove(NAME)
