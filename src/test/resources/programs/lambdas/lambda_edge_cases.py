f = lambda: None
print(f(), (lambda x=5: x)(), (lambda x, *r: r)(1, 2, 3))
g = lambda **kw: sorted(kw)
print(g(b=1, a=2))
key_by_second = lambda t: t[1]
print(sorted([(1, "b"), (2, "a")], key=key_by_second))
print(list(map(lambda x: x ** 2, filter(lambda x: x % 2 == 0, range(10)))))
adders = {n: (lambda n: lambda x: x + n)(n) for n in range(3)}
print([adders[n](10) for n in range(3)])
try:
    (lambda x: x)()
except TypeError as e:
    print(type(e).__name__, e)
print((lambda: (yield 1))().__class__.__name__)
