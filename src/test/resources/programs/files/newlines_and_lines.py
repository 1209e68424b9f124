# The newline argument on read and write; readline limits; readlines hints; iteration
import os

NAME = "_nl.txt"
with open(NAME, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour\r\n\r\nlast")

for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(NAME, newline=nl) as f:
        print("   read:", repr(f.read()))
    with open(NAME, newline=nl) as f:
        print("   read(5):", repr(f.read(5)), f.tell(), repr(f.read(5)), f.tell())
    with open(NAME, newline=nl) as f:
        print("   iter:", [line for line in f])

W = "_nl_out.txt"
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(W, "w", newline=nl) as f:
        print(repr(nl), f.write("a\nb\r\nc\rd\n"))
    with open(W, "rb") as f:
        print("   ", f.read())

with open(NAME, "w") as f:
    f.write("line1\nline2\nline3\nline4\n")
with open(NAME) as f:
    print(repr(f.readline(3)), repr(f.readline(0)), repr(f.readline(-1)), repr(f.readline(100)))
    print(f.readlines(7))
    print(f.readlines(0))
with open(NAME) as f:
    print(f.readlines(6), f.readlines(1), f.readlines(-3))
with open(NAME, "rb") as f:
    print(f.readlines(6), f.readline(2), f.readline(-1), f.readline(None), f.readline())
with open(NAME) as f:
    for arg in [1.5, None]:
        try:
            f.readline(arg)
        except TypeError as e:
            print(type(e).__name__, e)
    for arg in [1.5, "2"]:
        try:
            f.read(arg)
        except TypeError as e:
            print(type(e).__name__, e)
    print(repr(f.read(None)), repr(f.read(-5)), f.readlines(None))
with open(NAME, "rb") as f:
    try:
        f.read(-5)
    except ValueError as e:
        print(type(e).__name__, e)
    print(f.read(-1), f.read1(3), f.peek()[:4], f.read1(), f.read1())

# files without a final newline, empty files, only newlines
for data in [b"", b"\n", b"\n\n\n", b"no newline", b"\r", b"a\r", b"\r\r\n\n"]:
    with open(NAME, "wb") as f:
        f.write(data)
    with open(NAME) as f:
        lines = list(f)
    with open(NAME, newline="") as f:
        raw = f.readlines()
    with open(NAME, "rb") as f:
        blines = list(f)
    print(data, lines, raw, blines)
os.remove(NAME)
os.remove(W)
