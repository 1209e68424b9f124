class Box:
    cls_attr = "c"
    def __init__(self):
        self.a = 1
        self.b = 2
b = Box()
print(getattr(b, "a"), getattr(b, "zz", None), hasattr(b, "b"), hasattr(Box, "cls_attr"))
setattr(b, "c", 3)
delattr(b, "a")
print(vars(b), sorted(vars(Box))[:3] if False else "vars ok")
print([n for n in dir(b) if not n.startswith("__")])
print(callable(b), callable(Box), callable(print))
print(isinstance(b, Box), isinstance(b, object), issubclass(Box, object))
print(type(b).__name__, type(Box).__name__, type(1) == int)
print(isinstance(3, (str, int)), issubclass(bool, (str, int)))
o = object()
print(type(o).__name__, isinstance(o, object))
try:
    getattr(b, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(b, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, int)
except TypeError as e:
    print(type(e).__name__, e)
