t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2)
print(t.index(2), t.count(1), 3 in t)
single = (5,)
print(single, type(single).__name__, (5), ())
p = 1, 2
print(p, type(p).__name__)
print(tuple([1, 2]), tuple("ab"), tuple())
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1,) + (2,))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
print(hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
tl = ([1], 2)
tl[0].append(3)
print(tl)
print(repr(("a",)), str((None, "b")))
