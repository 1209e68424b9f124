# A '\r' that ends a decoded chunk waits for the next one (it may begin "\r\n"): tell() then
# gives CPython's cookie with the decoder flag set, and seek() of it continues the same way.
import os

NAME = "_tmp_lone_cr.txt"

def show(data, newline=None, reads=(8191,)):
    with open(NAME, "wb") as f:
        f.write(data)
    with open(NAME, newline=newline) as f:
        for n in reads:
            s = f.read(n)
            c = f.tell()
            print(repr(newline), n, repr(s[-3:]), hex(c), repr(f.newlines))
        rest = f.read()
        f.seek(c)
        again = f.read()
        print("   round trip", again == rest, repr(rest[:6]))
        f.seek(0)
        marks = []
        while True:
            marks.append(f.tell())
            line = f.readline()
            if not line:
                break
        print("   line cookies", [hex(m) for m in marks[-4:]], len(marks))
        lines = []
        for m in marks:
            f.seek(m)
            lines.append(f.readline())
        f.seek(0)
        print("   seek each", lines == f.readlines())

edge = b"a" * 8191
show(edge + b"\r\nxyz\rq\r" + b"b" * 10 + b"\n")
show(edge + b"\r\nxyz\rq\r" + b"b" * 10 + b"\n", newline="")
show(edge + b"\rxyz\n", reads=(8191, 1, 1))
show(edge + b"\r", reads=(8191, 1))
show(b"abc\r", reads=(3, 1))
show(edge + b"\r\n" * 3, newline="\r\n", reads=(8191, 2))
show(edge + b"\r\r", newline="\r", reads=(8191, 1))
show("é".encode() * 4095 + b"a\r\n\u20ac".replace(b"\\u20ac", "€".encode()), reads=(4096, 1, 1))
show(b"x\r" * 5000, reads=(4000, 4096, 1000))

# readline and iteration over the same file, with tell() between readlines
with open(NAME, "wb") as f:
    f.write(b"one\r" + b"z" * 8186 + b"\r\ntwo\nthree\r\nfour\rfive")
with open(NAME) as f:
    while True:
        c = f.tell()
        line = f.readline()
        if not line:
            break
        print(hex(c), len(line), repr(line[-3:]), repr(f.newlines))
    f.seek(0)
    print([len(x) for x in f], f.tell())
    try:
        f.seek(0)
        for x in f:
            f.tell()
    except OSError as e:
        print("OSError", e)

# the cookie's fields: start position, decoder flags, bytes to feed, chars to skip, need EOF
with open(NAME, "wb") as f:
    f.write(b"abc\r")
with open(NAME) as f:
    for cookie in [1 << 64, 1 << 96, 1 << 128, (1 << 128) + (1 << 96), 1 << 160, 1.5, 2]:
        try:
            print(cookie, repr(f.seek(cookie)), repr(f.read()))
        except (OSError, ValueError, OverflowError) as e:
            print(cookie, type(e).__name__, e)
    for bad in [-1, 1 << 168, "1"]:
        try:
            f.seek(bad)
        except (ValueError, OverflowError, TypeError) as e:
            print(type(e).__name__, e)
    for args in [(1, 1), (1, 2), (0, 3)]:
        try:
            f.seek(*args)
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
os.remove(NAME)
