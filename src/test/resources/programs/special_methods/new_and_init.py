class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            print("allocating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init with", v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3)).__name__)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")
print(NotMine())
class Tup(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def total(self):
        return self[0] + self[1]
t = Tup(3, 4)
print(t, t.total(), len(t))
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
