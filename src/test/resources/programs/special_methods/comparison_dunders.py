class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "Ver" + str(self.parts)
a, b = Ver(1, 2), Ver(1, 10)
print(a == Ver(1, 2), a != b, a < b, a <= b, a > b, a >= b)
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))
print(len({Ver(1), Ver(1), Ver(2)}), {Ver(3): "x"}[Ver(3)])
print(max([Ver(1), Ver(3), Ver(2)]))
class Only:
    pass
o = Only()
print(o == o, o == Only(), o != Only())
try:
    o < o
except TypeError as e:
    print(type(e).__name__, e)
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
class Reflect:
    def __gt__(self, other):
        return "Reflect.__gt__ called"
print(1 < Reflect())
class NE:
    def __eq__(self, o):
        return "eq-result"
print(NE() != 1, NE() == 1)
