class B:
    def __init_subclass__(cls, **kw):
        print("init", cls.__name__, kw)
X = type("X", (B,), {"a": 1})
class Y(B, k=1): pass
Y2 = type("Y2", (B,), {}, k=2)
print(X.a)
