# A set display of constants prints in CPython's order (it is built from a frozenset constant).
print({1, 100, 1000, 8, 16})
print({64} | {1, 2, 3})
s = {3, 2, 1}
s.add(9)
print(len(s), sorted(s))
print({1.5, 2, 3})
print(frozenset({5, 4, 3}) == {3, 4, 5})
