class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, scale=1):
        return (x + self.n) * scale
add5 = Adder(5)
print(add5(1), add5(1, scale=10), callable(add5))
class Truth:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print([bool(Truth(True)), bool(Truth(False))], "yes" if Truth(True) else "no", not Truth(False))
class L:
    def __len__(self): return 3
print(len(L()), bool(L()))
class Idx:
    def __index__(self): return 2
lst = ["a", "b", "c", "d"]
print(lst[Idx()], lst[Idx():], bin(Idx()), hex(Idx()), range(Idx()))
class Num:
    def __int__(self): return 42
    def __float__(self): return 2.5
print(int(Num()), float(Num()))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
