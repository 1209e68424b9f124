class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return ("computed", obj is None, objtype.__name__)
class DelOnly:
    def __delete__(self, obj):
        print("deleting on", type(obj).__name__)
class Point:
    x = Typed(int)
    y = Typed(int)
    nd = NonData()
    do = DelOnly()
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, p.__dict__, Point.x.name, p.nd, Point.nd)
try:
    p.x = "a"
except TypeError as e:
    print(e)
p.nd = "shadow"; print(p.nd)
del p.do
try:
    p.do = 5
except AttributeError as e:
    print(e)
print(isinstance(Point.do, DelOnly))
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj); obj.__dict__[self.f.__name__] = v; return v
class C:
    @Lazy
    def big(self):
        print("computing"); return 42
c = C(); print(c.big, c.big)
class Bad:
    def __set_name__(self, o, n): raise ValueError("nope")
try:
    class Z:
        b = Bad()
except RuntimeError as e:
    print(e, repr(e.__cause__))
