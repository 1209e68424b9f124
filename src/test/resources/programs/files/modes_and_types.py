# Every mode of open(): the object's type, repr, mode, and what it can do
import os

NAME = "_modes.txt"
NEW = "_modes_new.txt"

with open(NAME, "w") as f:
    f.write("hello\nworld\n")

for mode in ["r", "rt", "rb", "br", "w", "wt", "wb", "a", "ab", "x", "xb",
             "r+", "+r", "rb+", "r+b", "w+", "wb+", "a+", "ab+", "x+", "xb+", "tr+"]:
    if os.path.exists(NEW):
        os.remove(NEW)
    name = NEW if "x" in mode else NAME
    f = open(name, mode)
    print(mode, repr(f), type(f).__name__, f.mode, f.name, f.closed)
    print("   ", f.readable(), f.writable(), f.seekable(), f.isatty())
    if "b" not in mode:
        print("   ", repr(f.buffer), f.buffer.mode, f.encoding, f.errors, f.line_buffering)
    f.close()
    print("    closed:", f.closed, repr(f))
    if "w" in mode or "x" in mode:
        with open(name, "w") as g:
            g.write("hello\nworld\n")

# what each mode leaves in the file
for mode in ["w", "a", "r+", "w+", "a+"]:
    with open(NAME, "w") as f:
        f.write("12345\n")
    with open(NAME, mode) as f:
        if f.readable():
            print(mode, "reads", repr(f.read()))
        f.write("ab")
    with open(NAME) as f:
        print(mode, "->", repr(f.read()))

# x refuses an existing file; w and a create one
try:
    open(NAME, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
os.remove(NAME)
with open(NAME, "a") as f:
    print(f.tell(), f.write("one"))
with open(NAME, "a") as f:
    print(f.tell(), f.write("two"), f.tell())
with open(NAME) as f:
    print(f.read())

# the encoding argument and the defaults
with open(NAME, "w", encoding="latin-1") as f:
    print(repr(f), f.encoding)
    f.write("café")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, encoding="latin-1") as f:
    print(f.read())

import io
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.BufferedRandom, io.BufferedReader, io.BufferedWriter, io.TextIOWrapper)
os.remove(NAME)
if os.path.exists(NEW):
    os.remove(NEW)
print(os.path.exists(NAME), os.path.exists(NEW))
