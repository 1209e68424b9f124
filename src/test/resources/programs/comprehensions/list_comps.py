print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[c for c in w] for w in ["ab", "cd"]])
print([x if x % 2 else -x for x in range(5)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
print([len(w) for w in "the quick brown".split()])
print([i for i in []], [(lambda n: n + i)(1) for i in range(3)])
