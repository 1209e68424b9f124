sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda a, b=2: a * b)(3))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted(["ccc", "a", "bb"], key=lambda s: len(s)))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(7))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
print((lambda x: (lambda y: x + y))(10)(5))
print(type(sq).__name__, sq.__name__)
cond = lambda n: "big" if n > 10 else "small"
print(cond(5), cond(50))
table = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(table["add"](2, 3), table["mul"](2, 3))
print((lambda *, k: k)(k="kw"), (lambda a, /: a)(1))
