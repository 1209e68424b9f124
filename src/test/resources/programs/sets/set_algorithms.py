a = set(range(0, 20, 2))
b = set(range(0, 20, 3))
print(sorted(a & b), sorted(a - b), sorted(a ^ b)[:5], len(a | b))
words = "the cat sat on the mat with the hat".split()
print(len(words), len(set(words)), sorted(set(words)))
seen = set()
dups = []
for w in words:
    if w in seen:
        dups.append(w)
    seen.add(w)
print(dups)
print(sorted({c for c in "hello world" if c.isalpha()}))
print({1, 2} | frozenset({3}) == {1, 2, 3}, {frozenset({1, 2})} == {frozenset({2, 1})})
print(sorted(set([3, 1, 2]).union([5], (4,))))
