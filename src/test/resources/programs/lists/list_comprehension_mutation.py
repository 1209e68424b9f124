a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
c = b
c += [5]
print(b, c)
m = [[]] * 3
m[0].append("shared")
print(m)
n = [[] for _ in range(3)]
n[0].append("own")
print(n)
x = [3, 1, 2]
y = sorted(x)
x.sort()
print(x == y, x is y)
print([1, 2, 3] * 0, [] * 5, [None] * 2)
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
