print(list(enumerate("abc")), list(enumerate(["x", "y"], start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
print(sorted("hello"), sorted([3, 1, 2], reverse=True))
print(any([]), all([]), any([0, "", 1]), all([1, "a", [0]]), all(x < 5 for x in range(5)))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__)
e = enumerate("xy")
print(next(e), list(e))
calls = []
def sentinel_source():
    calls.append(1)
    return len(calls)
print(list(iter(sentinel_source, 4)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1: 2}.items()) if False else reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
