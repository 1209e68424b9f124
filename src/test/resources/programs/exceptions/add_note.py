# BaseException.add_note and __notes__ (3.11), __reduce__ and __setstate__
try:
    raise ValueError("x")
except ValueError as e:
    e.add_note("first")
    e.add_note("second")
    print(e.__notes__, e.__dict__)
    for bad in (3, None, b"x"):
        try:
            e.add_note(bad)
        except TypeError as x:
            print(x)
e = KeyError("k")
e.__notes__ = ("t",)
try:
    e.add_note("n")
except TypeError as x:
    print(x)
try:
    e.add_note()
except TypeError as x:
    print(x)
e = ValueError(1, 2)
e.foo = 3
print(e.__reduce__(), KeyError("k").__reduce__(), OSError(2, "x", "f").__reduce__())
e2 = ValueError()
e2.__setstate__({"a": 1})
e2.__setstate__(None)
print(e2.a, e2.__dict__)
try:
    e2.__setstate__(5)
except TypeError as x:
    print(x)
