import os
name = "_tmp_files_text.txt"
with open(name, "w") as f:
    n = f.write("first line\nsecond line\n")
    f.write("third")
print(n)
with open(name) as f:
    print(repr(f.read()))
with open(name, "r") as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(name, "a") as f:
    f.write("\nappended")
with open(name) as f:
    print(f.read().splitlines())
with open(name, encoding="utf-8") as f:
    print(f.read(5), f.read(6))
f = open(name)
print(f.closed)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
os.remove(name)
print(os.path.exists(name))
