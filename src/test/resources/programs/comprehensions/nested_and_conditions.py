pairs = [(i, j) for i in range(4) for j in range(4) if i < j if (i + j) % 2]
print(pairs)
flat = [c for word in ["ab", "", "cde"] for c in word]
print(flat)
table = {i: [j for j in range(i)] for i in range(4)}
print(table)
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
gen = ((x, y) for x in "ab" for y in range(2))
print(list(gen))
print([x for x in range(10) if x % 2 if x % 3])
print(sum(1 for _ in range(7)), list(x * y for x, y in zip([1, 2], [3, 4])))
print([[r * 3 + c for c in range(3)] for r in range(3)])
