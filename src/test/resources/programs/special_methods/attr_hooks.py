class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return "dynamic " + name
d = Dyn()
print(d.real, d.anything, getattr(d, "other"))
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
l = Logged()
l.a = 5
l.a += 1
print(l.a)
del l.a
print(hasattr(l, "a"))
class Strict:
    def __getattr__(self, name):
        raise AttributeError("no " + name + " here")
try:
    Strict().x
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Strict(), "y"))
class Frozen:
    def __init__(self):
        object.__setattr__(self, "v", 1)
    def __setattr__(self, n, v):
        raise AttributeError("frozen")
f = Frozen()
print(f.v)
try:
    f.v = 2
except AttributeError as e:
    print(e)
