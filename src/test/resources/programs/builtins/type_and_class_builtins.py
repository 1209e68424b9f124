print(type(1), type("s"), type([]), type(None), type(type))
print(type(1).__name__, int, str, object, type)
print(repr(int), repr(list), repr(len), repr(print))
class A: pass
print(repr(A) == "<class '__main__.A'>", str(A))
def f(): pass
print(repr(f).startswith("<function f at"), repr(A()).startswith("<__main__.A object at"))
T = type("Dyn", (A,), {"x": 5, "hello": lambda self: "hi"})
t = T()
print(T.__name__, t.x, t.hello(), isinstance(t, A), [c.__name__ for c in T.__mro__])
print(object.__name__, object.__bases__, int.__bases__, bool.__bases__)
import math
print(type(math).__name__)
print(type(f).__name__, type(A().f).__name__ if hasattr(A, "f") else "method", type(print).__name__)
