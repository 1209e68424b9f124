print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
r = range(3, 20, 4)
print(r, len(r), r[1], r[-1], r[1:3], 7 in r, 8 in r)
print(range(5) == range(0, 5), range(0) == range(2, 2), range(10)[::2])
print(r.index(11), r.count(7), list(reversed(range(4))))
print(repr(range(0, 5, 1)), repr(range(-1, 5)))
print(sum(range(101)), max(range(7)), len(range(-10, 10, 3)))
print(range(10**20)[-1], len(range(0, 10**12, 7)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
