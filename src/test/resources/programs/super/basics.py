class A:
    def greet(self):
        return "A.greet"
    @classmethod
    def make(cls):
        return "A.make for " + cls.__name__
class B(A):
    def greet(self):
        return "B+" + super().greet()
    @classmethod
    def make(cls):
        return "B:" + super().make()
class C(B):
    def greet(self):
        return "C+" + super().greet()
print(C().greet(), B().greet())
print(C.make(), B.make())
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return super().__repr__()[:-1] + ", %r)" % self.z
print(Point3(1, 2, 3))
class L(list):
    def append(self, v):
        super().append(v * 2)
l = L()
l.append(5)
l.append(1)
print(l, len(l), isinstance(l, list))
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = D(a=1)
print(d["A"])
