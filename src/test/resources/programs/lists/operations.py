a = [1, 2, 3]
print(a + [4], a * 2, 0 * a, len(a), 2 in a)
print(list("abc"), list((1, 2)), list(range(3)), list({"x": 1}))
print([[0] * 2] * 2)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4])
print(max(a), min(a), sum(a), sorted(a, reverse=True))
print(list(reversed(a)), a[::-1], a)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], nested)
r = [1]
r.append(r)
print(r)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
print(repr([None, True, 1.5, "s", b"b", (1,)]))
