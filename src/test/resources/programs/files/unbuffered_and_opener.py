# open(..., buffering=0) gives the raw FileIO in binary mode; opener= is called with os flags
import io
import os

NAME = "_tmp_raw.bin"

def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

with open(NAME, "wb") as f:
    f.write(b"line1\nline2\r\nline3")
f = open(NAME, "rb", buffering=0)
print(type(f), f, f.name, f.mode, f.closefd, type(f).__name__, isinstance(f, io.FileIO))
t(f.readline); t(f.readline, 3); t(f.readlines)
f.seek(0)
t(list, f)
f.seek(0)
t(f.read, 3); t(f.tell); t(f.seek, -1); t(f.seek, 0, 5); t(f.seek, 1.5); t(f.seek, 2, 2); t(f.read)
t(f.write, b"x"); t(f.truncate); t(f.isatty); t(f.readable); t(f.writable); t(f.seekable); t(f.flush)
f.seek(0)
t(f.readall); t(f.read, -2); t(f.read, None); t(f.read, "x"); t(f.readall, 1)
t(f.readinto, b"abc"); t(f.readinto, 5); t(f._dealloc_warn, 1); t(f._checkReadable); t(f._checkWritable)
f.close()
print(f, f.closed)
for m in ["read", "readall", "readline", "readlines", "tell", "write", "truncate", "isatty",
          "readable", "writable", "seekable", "flush", "__enter__", "__next__", "_checkClosed"]:
    print(m, end=" ")
    t(getattr(f, m), *((b"",) if m == "write" else ()))

g = open(NAME, "wb", buffering=0)
t(g.write, b"abc"); t(g.write, "abc"); t(g.read); t(g.readall); t(g.readline)
t(g.tell); t(g.truncate, 10); t(g.tell); t(g.seek, 0, 2)
g.close()
a = open(NAME, "ab", buffering=0)
t(a.tell); t(a.write, b"Z"); t(a.tell); t(a.seek, 0); t(a.write, b"Y"); t(a.tell)
a.close()
r = open(NAME, "r+b", buffering=0)
t(r.read, 2); t(r.write, b"__"); t(r.read); t(r.seek, 0); t(r.readall)
r.close()
with open(NAME, "rb", buffering=0) as h:
    print(h, h.read(1))
print(h)
for mode in ["wb", "ab", "r+b", "w+b", "a+b"]:
    with open(NAME, mode, buffering=0) as g:
        print(mode, g, g.mode)
os.remove(NAME)
with open(NAME, "xb", buffering=0) as g:
    print(g)
with open(NAME, "wb") as g:
    g.write(b"data")
for mode in ["r", "w", "x"]:
    try:
        open(NAME, mode, buffering=0)
    except (ValueError, OSError) as e:
        print(mode, type(e).__name__, e)
print(open(NAME, "rb").read())      # 'w' emptied it before refusing unbuffered text
t(open, b"_tmp_raw.bin", "rb", 0)

# opener(path, flags): flags as os.open takes them; a negative result is an error
def opener(path, flags):
    print("opener", repr(path), oct(flags))
    return -1

for mode in ["r", "w", "a", "x", "r+", "w+", "a+", "x+", "rb", "wb"]:
    try:
        open("_tmp_never", mode, opener=opener)
    except ValueError as e:
        print(mode, e)
for ret in [-5, "x", 1.0, 2 ** 40]:
    try:
        open(NAME, "rb", opener=lambda p, f: ret)
    except (ValueError, TypeError, OverflowError) as e:
        print(ret, type(e).__name__, e)
for bad in [5, lambda p: 3]:
    try:
        open(NAME, "rb", opener=bad)
    except TypeError as e:
        print(type(e).__name__)
print(os.path.exists("_tmp_never"))
try:
    open(NAME, "r", buffering=0, opener=opener)
except ValueError as e:
    print(e)
os.remove(NAME)
