# truncate() on binary and text files
import os

NAME = "_trunc.bin"
with open(NAME, "wb+") as f:
    f.write(b"0123456789")
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(8), f.tell())
    f.seek(0)
    print(f.read())
    f.seek(2)
    print(f.truncate(), f.tell())
    f.write(b"xy")
    f.seek(0)
    print(f.read())
    try:
        f.truncate(-1)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    try:
        f.truncate(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
print(os.path.getsize(NAME))

T = "_trunc.txt"
with open(T, "w") as f:
    f.write("line1\nline2\nline3\n")
    print(f.truncate(6), f.tell())
    f.write("more\n")
with open(T) as f:
    print(repr(f.read()))
with open(T, "r+") as f:
    print(repr(f.readline()))
    print(f.truncate(), f.tell())
with open(T) as f:
    print(repr(f.read()))
    try:
        f.truncate()
    except OSError as e:
        print(type(e).__name__, e)
with open(T, "rb") as f:
    try:
        f.truncate(0)
    except OSError as e:
        print(type(e).__name__, e)
with open(T, "a") as f:
    print(f.truncate(3))
with open(T) as f:
    print(repr(f.read()))
os.remove(NAME)
os.remove(T)
