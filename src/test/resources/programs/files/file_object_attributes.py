# newlines, raw, readinto/readinto1, detach, reconfigure, _CHUNK_SIZE and the _check helpers
import os

NAME = "_tmp_attrs.txt"

def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

NAMES = ["raw", "readinto", "readinto1", "detach", "peek", "read1", "readall", "newlines",
         "reconfigure", "write_through", "_CHUNK_SIZE", "_checkClosed", "_checkReadable",
         "_checkWritable", "_checkSeekable", "_finalizing", "_dealloc_warn", "closefd", "buffer",
         "line_buffering", "encoding", "errors"]
with open(NAME, "wb") as f:
    f.write(b"a\nb\rc\r\nd\ne\n" * 3)
for mode, buffering in [("r", -1), ("w", -1), ("rb", -1), ("wb", -1), ("r+b", -1), ("rb", 0)]:
    with open(NAME, "r+b" if mode == "w" else mode, buffering=buffering) as f:
        print(mode, buffering, type(f).__name__, [n for n in NAMES if hasattr(f, n)])

# newlines: None until a line end is read, then the kind or a tuple of the kinds
for data in [b"plain", b"a\nb", b"a\rb", b"a\r\nb", b"a\nb\r", b"a\r\nb\rc\n"]:
    with open(NAME, "wb") as f:
        f.write(data)
    for nl in [None, "", "\n"]:
        with open(NAME, newline=nl) as f:
            before = f.newlines
            f.read()
            print(repr(data), repr(nl), before, repr(f.newlines))
with open(NAME, "wb") as f:
    f.write(b"a\rb\nc")
with open(NAME) as f:
    f.read(1)
    print(repr(f.newlines))
    f.tell()
    print(repr(f.newlines))        # tell() at the start replays the decoder from a reset
    f.read()
    f.seek(2)
    print(repr(f.newlines))
    f.seek(0)
    print(repr(f.newlines))
with open(NAME, "w") as f:
    print(f.newlines)
with open(NAME, "r+") as f:
    f.read(1)
    print(repr(f.newlines))
    f.write("x")
    print(repr(f.newlines))

# raw, readinto, detach on buffered files
b = open(NAME, "rb")
print(b.raw, type(b.raw).__name__, b.raw.mode, b.raw.closed)
for m in ["readinto", "readinto1"]:
    for arg in [b"abc", "abc", 5, None]:
        t(getattr(b, m), arg)
print(b.read(2), b.raw.tell() >= 2)
r = b.detach()
print(r, b, b.raw)
for m in ["close", "read", "flush", "tell", "readable", "peek", "read1", "detach", "readline"]:
    print(m, end=" ")
    t(getattr(b, m))
for a in ["closed", "name", "mode"]:
    print(a, end=" ")
    t(getattr, b, a)
print(r.read())
r.close()
b = open(NAME, "rb")
b.close()
print(b.raw, b.raw.closed)
for m in ["detach", "peek", "read1", "_checkClosed"]:
    print(m, end=" ")
    t(getattr(b, m))

# TextIOWrapper.detach, reconfigure, _CHUNK_SIZE, the _check helpers
f = open(NAME)
bb = f.detach()
print(bb, repr(f), f.buffer)
for m in ["close", "read", "tell", "readable", "detach", "readline", "reconfigure"]:
    print(m, end=" ")
    t(getattr(f, m))
for a in ["closed", "name", "mode", "encoding", "newlines", "_CHUNK_SIZE"]:
    print(a, end=" ")
    t(getattr, f, a)
bb.close()
f = open(NAME)
print(f._CHUNK_SIZE, f.write_through, f._finalizing)
print(f._checkClosed(), f._checkReadable(), f._checkSeekable())
t(f._checkWritable)
t(f.reconfigure, line_buffering=True)
print(f.line_buffering)
t(f.reconfigure, write_through=True)
print(f.write_through)
t(f.reconfigure, newline="\r")
t(f.readline)
t(f.reconfigure, encoding="latin-1")
t(f.reconfigure, newline="x")
t(f.reconfigure, 1)
t(f.reconfigure, encoding=5)
t(f.reconfigure, foo=5)
f._CHUNK_SIZE = 2
print(f._CHUNK_SIZE, repr(f.read()))
t(setattr, f, "_CHUNK_SIZE", 0)
t(setattr, f, "_CHUNK_SIZE", "x")
f.close()
for m in ["detach", "reconfigure", "_checkClosed", "_checkReadable"]:
    print(m, end=" ")
    t(getattr(f, m))
print(f.closed, f.name, f.newlines, f._CHUNK_SIZE)
with open(NAME, "w") as f:
    f.reconfigure(newline="\r\n", encoding="utf-8")
    f.write("x\ny\n")
with open(NAME, "rb") as f:
    print(f.read())
os.remove(NAME)
