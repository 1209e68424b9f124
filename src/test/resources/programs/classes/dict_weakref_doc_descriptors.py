class A: pass
class B(A): pass
class E(Exception): pass
class I(int): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
for c in (A,B,E,I,T,L,D): print(c.__name__, list(c.__dict__.keys()), c.__dict__.get('__dict__'), c.__dict__.get('__weakref__'))
print(object.__dict__.get('__dict__'), BaseException.__dict__.get('__dict__'))
print(A.__doc__, repr(A.__dict__['__doc__']))
a = A(); a.x = 1
print(a.__dict__, A.__dict__['__dict__'].__get__(a), a.__weakref__)
print(A.__dict__['__dict__'].__name__, A.__dict__['__dict__'].__objclass__)
i = I(3); i.y = 2; print(i.__dict__)
try: A.__dict__['__dict__'].__get__(5)
except TypeError as e: print(e)
a.__dict__ = {'z': 9}; print(a.z)
try: a.__dict__ = 5
except TypeError as e: print(e)
# dir() of classes, instances, functions and built-in types (minipy has no pickle protocol:
# __reduce__, __reduce_ex__ and __sizeof__ are left out of the comparison)
NO_PICKLE = ("__reduce__", "__reduce_ex__", "__sizeof__")


def names(x):
    return [n for n in dir(x) if n not in NO_PICKLE]


class P:
    """doc"""
    def m(self):
        pass


def f(a, b=1):
    pass


for x in (A, A(), P, P(), B(), f, None, 5, "s", [], {}, object, object(), ValueError("v"), E):
    print(names(x))
print(type(f).__dict__["__code__"], type(f).__dict__["__dict__"], P.__doc__, A().__getstate__())
a = A()
a.q = 1
print(a.__getstate__(), int.__subclasshook__(int), type.__dict__["__name__"], type.__prepare__("X", ()))
print(type(None).__bool__(None), f.__get__(1)(), f.__call__(1))
print([n for n in dir(type) if not n.startswith("__") or n in ("__name__", "__mro__", "__dict__", "__bases__")])
