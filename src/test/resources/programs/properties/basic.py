class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError("radius must be >= 0")
        self._r = v
    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 2)
c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.area = 5
except AttributeError as e:
    print(type(e).__name__, e)
del c.radius
print(hasattr(c, "_r"))
print(type(Circle.radius).__name__)
class Old:
    def get_x(self): return "x via property()"
    x = property(get_x)
print(Old().x)
class Sub(Circle):
    @property
    def area(self):
        return "sub area"
print(Sub(1).area, Sub(1).radius)
