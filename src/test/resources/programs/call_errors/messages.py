def f(x, y):
    return x + y
def g(a, b=1, *, c):
    pass
class K:
    def m(self, v):
        return v
    def __init__(self, a):
        self.a = a
five = 5
text = "str"
cases = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, y=2, z=3),
    lambda: f(1, x=2),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: K(1).m(),
    lambda: K(1).m(1, 2),
    lambda: K(),
    lambda: K(1, 2),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(x=1),
    lambda: (lambda: 0)(1),
    lambda: five(),
    lambda: text(),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: int("1", 2, 3),
    lambda: print(foo=1),
    lambda: K.m(),
    lambda: divmod(1),
    lambda: max(),
    lambda: min(1),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
