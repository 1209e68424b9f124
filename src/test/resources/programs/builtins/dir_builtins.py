# dir() of built-in types and of common objects, as CPython 3.11 lists them
# (type, bound methods, generators, super and the iterators that have __setstate__ or
# __length_hint__ are not listed: minipy does not have all of their attributes yet)
class Plain:
    pass

class WithAttrs:
    x = 1
    def method(self):
        return self.x

class IntSub(int):
    pass

class MyError(KeyError):
    def describe(self):
        return str(self)

def function(a, b=2):
    return a + b

def gen():
    yield 1

def show(label, names):
    print(label, len(names))
    print(' ', names)

inst = WithAttrs()
inst.y = 2
try:
    raise ValueError("boom")
except ValueError as e:
    exc = e

subjects = [
    ("object", object), ("object()", object()),
    ("int", int), ("bool", bool), ("float", float), ("str", str), ("bytes", bytes),
    ("list", list), ("tuple", tuple), ("dict", dict), ("set", set), ("frozenset", frozenset),
    ("range", range), ("slice", slice), ("NoneType", type(None)),
    ("Plain", Plain), ("Plain()", Plain()), ("WithAttrs", WithAttrs), ("inst", inst),
    ("function", function), ("lambda", lambda: 0),
    ("builtin function", len), ("builtin method", [].append),
    ("BaseException", BaseException), ("Exception", Exception), ("ValueError()", exc),
    ("KeyError", KeyError), ("OSError", OSError), ("StopIteration", StopIteration),
    ("SyntaxError", SyntaxError),
    ("property", property), ("staticmethod", staticmethod), ("classmethod", classmethod),
    ("enumerate", enumerate), ("map", map), ("filter", filter),
    ("dict.keys", {}.keys()), ("dict.items", {}.items()),
    ("IntSub", IntSub), ("IntSub(3)", IntSub(3)), ("MyError()", MyError("k")),
    ("1", 1), ("'s'", 's'), ("[]", []), ("{}", {}), ("None", None), ("1.5", 1.5),
]
for label, o in subjects:
    show(label, dir(o))
