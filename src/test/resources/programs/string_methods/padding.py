print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("[" + "hi".center(6) + "]", "[" + "hi".center(7, "*") + "]", "[" + "hi".center(1) + "]")
print("[" + "hi".ljust(5) + "]", "[" + "hi".rjust(5, ".") + "]")
print("[" + "odd".center(8, "-") + "]")
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
