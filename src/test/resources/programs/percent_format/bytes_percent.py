tests = [(b"%s", "x"), (b"%d", "x"), (b"%x", "x"), (b"%f", "x"), (b"%c", 300), (b"%c", b"ab"), (b"%c", "a"), (b"%s %s", (1,)), (b"%s", (b"a", b"b")), (b"%(a)s", {b"a": b"1"}), (b"%(a)s", {"a": b"1"}), (b"x", b"a"), (b"x", 1), (b"%r %a", ("\xe9", "\xe9")), (b"%5.2f|%-4d|%#x|%05d", (3.14159, 7, 255, -3)), (b"%c%c", (65, b"B")), (b"%b", b"q"), (b"%%", ()), (b"%y", 1), (b"%.1s", b"abc"), (b"%i %u", (1.9, 2)), (b"%s", 1), (b"%s", None), (b"%10s|%-6b|", (b"ab", b"cd")), (b"\xff%s\x80", b"\xfe"), (b"%e %g %G %E", (1.5, 2.5e20, 1e-10, 3.0)), (b"%o %X", (8, 255)), (b"%*d|%-*.*f", (5, 42, 8, 2, 3.14159))]
for f, a in tests:
    try: print(repr(f % a))
    except Exception as e: print(type(e).__name__, e)
class B:
    def __bytes__(self): return b"BB"
class Bad:
    def __bytes__(self): return "s"
print(b"%s" % B())
print(b"%s" % (B(),), b"a" % {}, b"a" % [])
try: b"%s" % Bad()
except TypeError as e: print(e)
