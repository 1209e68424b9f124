class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Meters(%r)" % self.v
    def __add__(self, o):
        return Meters(self.v + (o.v if isinstance(o, Meters) else o))
    def __radd__(self, o):
        print("radd with", o)
        return Meters(o + self.v)
    def __rsub__(self, o):
        return Meters(o - self.v)
    def __rtruediv__(self, o):
        return Meters(o / self.v)
    def __isub__(self, o):
        print("isub in place")
        self.v -= o
        return self
    def __imul__(self, k):
        return NotImplemented
    def __mul__(self, k):
        print("mul fallback for *=")
        return Meters(self.v * k)
m = Meters(5)
print(m + 1, 1 + m, 10 - m, 20 / m, m + Meters(2))
m -= 2
print(m)
m *= 3
print(m)
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__"
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print(type(e).__name__, e)
class Sub(int):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(1 + Sub(2))
