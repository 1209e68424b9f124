class O: pass
class A(O):
    def who(self): return "A"
class B(O):
    def who(self): return "B"
    def only_b(self): return "only B"
class C(A, B): pass
class D(B, A): pass
print([k.__name__ for k in C.__mro__])
print([k.__name__ for k in D.__mro__])
print(C().who(), D().who(), C().only_b())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
try:
    class Bad(A, C): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(M, Z), M.__bases__ == (K1, K2, K3))
