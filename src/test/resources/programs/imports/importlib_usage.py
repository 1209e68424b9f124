import importlib
m = importlib.import_module("_helper_mod")
print(m.VALUE)
m.VALUE = 0
m2 = importlib.reload(m)
print(m2 is m, m.VALUE)
importlib.invalidate_caches()
leaf = importlib.import_module("_pkg.util")
print(leaf.helper())
