point = (3, 4)
x, y = point
print(x, y, point[::-1], sorted(point, reverse=True))
records = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(records), sorted(records, key=lambda r: (r[1], r[0])))
print(min(records, key=lambda r: r[1]), max(records))
t = tuple(range(5))
print(t[1:4], t[::2], t.count(3), len(t), t + t[:1])
print((1, 2) + (3,), (0,) * 3, ((1, 2),) * 2)
swapped = tuple(v for pair in [(1, 2), (3, 4)] for v in reversed(pair))
print(swapped)
print(tuple("abc") < tuple("abd"), (1, 2, 3) > (1, 2))
empty = ()
print(len(empty), bool(empty), empty == tuple())
