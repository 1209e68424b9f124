class Root:
    def hello(self):
        return ["Root"]
class A(Root):
    def hello(self):
        return ["A"] + super().hello()
class B(Root):
    def hello(self):
        return ["B"] + super().hello()
class C(A, B):
    def hello(self):
        return ["C"] + super().hello()
print(C().hello())
print(super(A, C()).hello())
class Shape:
    def __init__(self, **kw):
        self.extra = kw
class Colored(Shape):
    def __init__(self, color="red", **kw):
        self.color = color
        super().__init__(**kw)
class Sized(Shape):
    def __init__(self, size=1, **kw):
        self.size = size
        super().__init__(**kw)
class Box(Colored, Sized):
    pass
b = Box(color="blue", size=3, tag="t")
print(b.color, b.size, b.extra)
class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(S("shout"), type(S("x")).__name__)
