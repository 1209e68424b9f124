# A file written without close() and opened again: CPython has flushed it already
import os
NAME = "_unclosed.txt"
open(NAME, "w").write("first\n")
print(repr(open(NAME).read()))
open(NAME, "a").write("second\n")
with open(NAME) as g:
    print(g.readlines())
open(NAME, "wb").write(b"bytes")
print(open(NAME, "rb").read())
os.remove(NAME)
