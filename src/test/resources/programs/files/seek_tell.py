# seek() and tell() on binary and text files
import io
import os

NAME = "_seek.bin"
with open(NAME, "wb") as f:
    print(f.tell(), f.write(b"0123456789"), f.tell())
    print(f.seek(3), f.tell())
    f.write(b"abc")
    print(f.tell())
    print(f.seek(0, 2), f.seek(-2, 2), f.seek(1, 1))
    f.write(b"Z")
    print(f.seek(15), f.write(b"!"), f.tell())
with open(NAME, "rb") as f:
    print(f.read())
    print(f.seek(0), f.read(3), f.tell())
    print(f.seek(2, 1), f.read(2), f.tell())
    print(f.seek(-4, 2), f.read(), f.tell())
    print(f.seek(100), f.read(), f.tell())
    for args in [(-1,), (-100, 1), (-100, 2)]:
        try:
            f.seek(*args)
        except OSError as e:
            print(args, type(e).__name__, e.errno, e)
    for args in [(0, 7), (1.5,), ("1",)]:
        try:
            f.seek(*args)
        except (ValueError, TypeError) as e:
            print(args, type(e).__name__, e)
    print(f.tell())

# text files: tell() gives the byte position, seek() takes it back
T = "_seek.txt"
with open(T, "w", encoding="utf-8") as f:
    f.write("héllo\nwörld\n€uro\n")
    print(f.tell())
with open(T, encoding="utf-8") as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((pos, line))
    print(marks, f.tell())
    for pos, line in reversed(marks):
        f.seek(pos)
        print(pos, repr(f.readline()), f.tell())
    f.seek(0)
    print(repr(f.read(2)), f.tell(), repr(f.read(5)), f.tell())
    print(f.seek(0, 2), repr(f.read()), f.tell())
    print(f.seek(0, 1), f.seek(0, io.SEEK_CUR))
    for args in [(1, 1), (-1, 2), (3, 2), (-1,), (0, 5)]:
        try:
            f.seek(*args)
        except (ValueError, OSError) as e:
            print(args, type(e).__name__, e)
    f.seek(2)   # inside the two bytes of 'é'
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)

# tell() while iterating is refused, as in CPython
with open(T, encoding="utf-8") as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(type(e).__name__, e)
        break
    f.seek(0)
    print(f.tell(), repr(f.readline()), f.tell())
    for line in f:
        pass
    print(f.tell())

# writing in the middle of a binary file
with open(NAME, "r+b") as f:
    f.seek(4)
    f.write(b"____")
    print(f.tell(), f.read(2), f.tell())
    f.seek(0)
    print(f.read())
os.remove(NAME)
os.remove(T)
