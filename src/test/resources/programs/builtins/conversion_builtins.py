print(int("12"), float("1.5"), str(12), bool("x"), repr("r"))
print(list("ab"), tuple([1]), set([1, 1]), dict(a=1), frozenset([2]))
print(chr(65), chr(0x4e2d), ord("A"), ord("中"), chr(ord("a") + 1))
print(str(b"bytes"), str(1e100), str(-0.0), str([1.0, None]))
print(float("  -2.5e3 "), float(" inf"), int(" 42\n"))
print(bool([]), bool([0]), bool(0.0), bool("0"))
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
