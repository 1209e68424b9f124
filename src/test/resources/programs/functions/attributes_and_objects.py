def f(a, b=2, *args, c, d=4, **kw):
    "docstring here"
    x = 1
    return x
print(f.__name__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames)
print(type(f).__name__, type(f.__code__).__name__)
f.custom = "attr"
print(f.custom)
g = f
print(g is f, g.__name__)
def no_doc(): pass
print(no_doc.__doc__)
lam = lambda: 0
print(lam.__name__)
print(f.__module__)
