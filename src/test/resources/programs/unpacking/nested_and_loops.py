data = [("ann", (30, "nyc")), ("bob", (25, "sf"))]
for name, (age, city) in data:
    print(name, age, city)
(a, b), (c, d) = [[1, 2], "xy"]
print(a, b, c, d)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
first, second, *_ = "abcdef"
print(first, second, _)
head, *tail = range(1)
print(head, tail)
m, n = divmod(17, 5)
print(m, n)
k, v = max({"p": 3, "q": 7}.items(), key=lambda kv: kv[1])
print(k, v)
for i, (p, *q) in enumerate([(1, 2, 3), (4, 5)]):
    print(i, p, q)
try:
    x, y = {"only": 1}
except ValueError as e:
    print(type(e).__name__, e)
