# Errors: closed files, wrong direction, bad arguments to open(), missing files
import io
import os

NAME = "_err.txt"
with open(NAME, "w") as f:
    f.write("data\n")

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

calls = {
    "read": (), "readline": (), "readlines": (), "write": None, "writelines": ([],),
    "seek": (0,), "tell": (), "truncate": (), "flush": (), "readable": (),
    "writable": (), "seekable": (), "isatty": (), "__enter__": (), "__iter__": (),
    "__next__": (),
}
for mode in ["r", "w", "r+", "rb", "wb", "rb+", "ab"]:
    for opened in [True, False]:
        f = open(NAME, mode)
        if not opened:
            f.close()
        for name, args in calls.items():
            if args is None:
                args = (b"x",) if "b" in mode else ("x",)
            attempt(mode + (" open  " if opened else " closed") + " " + name,
                    lambda: getattr(f, name)(*args))
        f.close()
        with open(NAME, "w") as g:
            g.write("data\n")

f = open(NAME)
f.close()
f.close()
print(f.closed)
attempt("with closed", lambda: f.__exit__(None, None, None))

# write() arguments
with open(NAME, "w") as f:
    for v in [5, None, b"x"]:
        attempt("text write", lambda: f.write(v))
    attempt("writelines", lambda: f.writelines(["a", 5]))
    attempt("writelines", lambda: f.writelines(5))
with open(NAME, "wb") as f:
    for v in ["x", None, 5, [1, 2]]:
        attempt("binary write", lambda: f.write(v))
    attempt("writelines", lambda: f.writelines([b"a", "b"]))

# open() arguments
for mode in ["rw", "r+b+", "q", "", "b", "+", "tb", "U", "rU", "wx", "rr"]:
    attempt("mode " + repr(mode), lambda: open(NAME, mode))
attempt("mode int", lambda: open(NAME, 5))
attempt("mode None", lambda: open(NAME, None))
attempt("newline x", lambda: open(NAME, "r", newline="x"))
attempt("newline int", lambda: open(NAME, "r", newline=5))
attempt("newline missing", lambda: open("_missing.txt", "r", newline="x"))
attempt("encoding", lambda: open(NAME, "r", encoding="no-such-codec"))
attempt("encoding int", lambda: open(NAME, "r", encoding=5))
attempt("errors int", lambda: open(NAME, "r", errors=5))
attempt("binary encoding", lambda: open(NAME, "rb", encoding="utf-8"))
attempt("binary errors", lambda: open(NAME, "rb", errors="strict"))
attempt("binary newline", lambda: open(NAME, "rb", newline=""))
attempt("unbuffered text", lambda: open(NAME, "r", buffering=0))
attempt("buffering str", lambda: open(NAME, "r", buffering="x"))
attempt("closefd", lambda: open(NAME, "r", closefd=False))
attempt("file float", lambda: open(1.5))
attempt("no file", lambda: open())

# the OSError subclasses
os.mkdir("_err_dir")
for mode in ["r", "rb", "w", "a", "r+", "x"]:
    try:
        open("_err_dir", mode)
    except OSError as e:
        print(mode, type(e).__name__, e.errno, e.strerror, e.filename)
for mode in ["r", "r+", "rb+"]:
    try:
        open("_missing.txt", mode)
    except FileNotFoundError as e:
        print(mode, type(e).__name__, e.errno, e.filename, isinstance(e, OSError))
try:
    open("_no_dir/x.txt", "w")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    open(NAME, "x+")
except FileExistsError as e:
    print(type(e).__name__, e)
os.rmdir("_err_dir")
print(issubclass(io.UnsupportedOperation, OSError))
os.remove(NAME)
