print(True + True, True * 5, False - 1, True / 2, True // 1)
print(True & False, True | False, True ^ True, ~True, -True)
print(True == 1, False == 0, isinstance(False, int))
print(int(True), str(False), repr(True), float(True))
print(bool(), bool(0), bool("False"), type(bool()).__name__)
print(sum([True, True, False, True]))
print(None == None, None == 0, None is None, type(None).__name__)
print(issubclass(bool, int), bool.__mro__ if False else bool.__name__)
print([True] * 3, hash(True), hash(False))
print(f"{True:d} {True:>6} {False!r}")
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    nothing = None
    nothing[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
