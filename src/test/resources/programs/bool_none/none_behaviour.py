def f():
    pass
r = f()
print(r, r is None, type(r).__name__, repr(r), str(r))
print(None == None, None != 0, None is not False, not None)
print([None] * 2, {None: 1}, (None,))
x = None
print(x or "fallback", x and "never", x if x is not None else "was None")
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
