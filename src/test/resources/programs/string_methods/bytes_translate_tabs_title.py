# bytes.maketrans/translate, expandtabs, istitle, __bytes__, __getnewargs__ and friends
t = bytes.maketrans(b"ab", b"xy")
print(len(t), t[97:99], b"aabbc".translate(t), b"abc".translate(None, b"b"))
print(b"abc".translate(None, delete=b"ac"), b"x".maketrans(b"a", b"b")[97:99])
print(b"abc".translate(bytes(range(256)), b""))
for e in ["bytes.maketrans(b'ab', b'x')", "bytes.maketrans('ab', b'xy')", "b'a'.translate(b'x')",
          "b'abc'.translate(None, 'b')", "b'a'.translate('x' * 256)", "b'x'.expandtabs('a')"]:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)
print(b"\tA\nb\tc\rd\te".expandtabs(3), b"\tA".expandtabs(-1), b"\tA".expandtabs(tabsize=2), b"a\tb".expandtabs())
for s in [b"Ab Cd", b"AB", b"", b"A1b", b"Ab1 C", b"1A", b" A", b"aB"]:
    print(s, s.istitle())
print(b"a".__bytes__(), b"a".__getnewargs__(), "ab".__getnewargs__(), (1.5).__getnewargs__())
print((5).__getnewargs__(), (1, 2).__getnewargs__(), True.__getnewargs__())
print(float.__getformat__("double"), (1.0).__getformat__("float"))
for e in ["float.__getformat__('x')", "float.__getformat__(1)", "().__getnewargs__(1)"]:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)
print(b"%s|%5b" % (b"x", b"y"), bytes.__mod__(b"%d", 3), b"x".__rmod__(b"a%sb"), "x".__rmod__("a%sb"), "x".__rmod__(3))
