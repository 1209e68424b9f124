# __subclasses__() of built-in types: the built-in subclasses, then the classes of this program
class A(int): pass
class B(A): pass
class C(int): pass


def mine(t):
    # CPython's own library derives classes from built-in types too; keep ours and the builtins'
    return [c.__qualname__ for c in t.__subclasses__() if c.__module__ in ("builtins", "__main__")]


print(mine(int))
print(mine(A), mine(B))
print(mine(bool), mine(str), mine(float))
# (minipy has no exception groups)
print(sorted(n for n in mine(BaseException) if n != "BaseExceptionGroup"))
print(mine(ValueError), mine(OSError)[:4], mine(LookupError))
print(mine(ArithmeticError))
X = type("X", (list,), {})
print([c.__name__ for c in list.__subclasses__() if c is X])
print(X in object.__subclasses__(), A in object.__subclasses__(), int in object.__subclasses__())


class Plain: pass
class Multi(B, Plain): pass


print(mine(A), mine(B), Multi.__base__.__name__)


class Err(KeyError): pass


print(mine(KeyError))
try:
    int.__subclasses__(1)
except TypeError as e:
    print("TypeError:", e)
