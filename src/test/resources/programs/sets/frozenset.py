f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__)
print(f | {9}, f & {1, 7}, f - {1}, type(f | {9}).__name__, type({9} | f).__name__)
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
print(frozenset() == set(), frozenset({1}) == {1}, hash(frozenset()) == hash(frozenset()))
print({frozenset({1}), frozenset({1})})
try:
    f.add(5)
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(frozenset()), repr(set()))
print(sorted(frozenset("hello")))
