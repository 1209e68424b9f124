d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 100
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d))
keys = d.keys()
vals = d.values()
items = d.items()
d["late"] = 4
print(keys)
print(vals)
print(items)
print(len(keys), "mid" in keys, 4 in vals, ("late", 4) in items)
print(sorted(keys), list(reversed(d)))
print(keys & {"mid", "x"}, sorted(keys | {"q"}), sorted(keys - {"mid"}))
for k, v in d.items():
    print(k, v)
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print({1: "a", 1.0: "b", True: "c"})
print({(1, 2): "tuple key", None: "none key", 2.5: "float key"})
print({"a": 1} == {"a": 1.0}, dict(zip("abc", range(3))))
