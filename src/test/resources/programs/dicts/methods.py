d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
d.update({"x": 9}, y=10)
d.update([("p", 1)])
print(d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = d.copy()
e["new"] = 1
print(len(d), len(e))
e.clear()
print(e)
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0))
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2))
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
