class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, A)), issubclass(B, A), issubclass(A, B), issubclass(B, (int, B)))
print(type(b) == B, type(b) == A, B.__bases__ == (A,), A.__bases__ == (object,))
print(type(A).__name__, type(type).__name__, isinstance(A, type), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, object), isinstance(None, object))
print(type(3) is int, type("s") is str, type([]) is list)
T = type(b)
print(T.__name__, T is B)
print(int.__name__, list.__qualname__, type(len).__name__, type([].append).__name__)
class C(object):
    pass
print(C.__mro__ == (C, object))
print(callable(A), callable(b), callable(len), callable(3))
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
