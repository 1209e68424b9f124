def parts():
    return 1, *[2, 3], 4
print(parts())
first, *middle, last = parts()
print(first, middle, last)
a = [*"ab", *range(2), *{"k": 0}]
print(a)
print({*range(3), *[2, 3]} == {0, 1, 2, 3})
d = {**{"a": 1}, "b": 2, **dict(c=3)}
print(d)
def ret_star():
    rest = [5, 6]
    return (0, *rest)
print(ret_star())
for x, *ys in [[1], [2, 3, 4]]:
    print(x, ys)
