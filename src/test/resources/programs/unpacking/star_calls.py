def f(a, b, c=0, *args, **kw):
    return (a, b, c, args, sorted(kw.items()))
args = [1, 2, 3, 4]
kw = {"x": 1, "y": 2}
print(f(*args))
print(f(*args, **kw))
print(f(1, *[2], **{"c": 5}))
print(f(*(1, 2), *(3, 4), z=0, **kw))
print(print(*"abc", sep="-"))
print([*range(3), *"ab"], {**kw, **{"z": 3}})
a, b, *c = *"xy", *[1, 2]
print(a, b, c)
print(*[1, 2], *(), 3)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
