d = {1: "int", 1.0: "float overwrites value", "1": "str"}
print(d)
d2 = dict.fromkeys(range(3), [])
d2[0].append("shared")
print(d2)
print({k: v for k, v in [("a", 1), ("a", 2)]})
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {"a": 1} + {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
print({"a": 1} | {"b": 2}, {"x": 0, **{"x": 1}})
e = {"k": 1}
e |= {"j": 2}
print(e, len(e), list(e.items())[-1])
print(repr({}), repr({"q": None}), {None: None}[None])
