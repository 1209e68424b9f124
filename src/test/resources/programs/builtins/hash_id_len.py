print(len("abc"), len([1, 2]), len({"a": 1}), len(range(10)), len(b"xy"), len((1,)), len({1}))
print(hash(1) == hash(1.0) == hash(True), hash(0), hash(-2), hash(12345678901234567890))
print(hash((1, 2)) == hash((1, 2)), hash(None) == hash(None), hash(3.5))
a = [1]
print(id(a) == id(a), id(a) != id([1]), type(id(a)).__name__)
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(x for x in [])
except TypeError as e:
    print(type(e).__name__, e)
