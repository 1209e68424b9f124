words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "b"), (2, "a"), (1, "a")]
pairs.sort(key=lambda p: p[1])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, reverse=True))
print(sorted([]), sorted((3, 2, 1)), sorted({3: 0, 1: 0}), sorted("cba"))
class R:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return "R(%d)" % self.n
print(sorted([R(3), R(1), R(2)]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
stable = sorted(range(10), key=lambda n: n % 3)
print(stable)
