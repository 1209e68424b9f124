import os
for t in ["os.listdir(1.5)", "(lambda **k: k)(**{1: 2})"]:
    try: exec(t)
    except Exception as e: print(type(e).__name__, e)
class A: pass
class B: pass
a = A()
a.__class__ = B
print(type(a).__name__)
try:
    a.__class__ = int
except TypeError as e: print(e)
try:
    (1).__class__ = bool
except TypeError as e: print(e)
class L(list): pass
class L2(list): pass
l = L(); l.__class__ = L2 if False else L
try:
    a.__class__ = L
except TypeError as e: print(e)
try:
    a.__class__ = 5
except TypeError as e: print(e)
try:
    del a.__class__
except TypeError as e: print(e)
class C(A):
    def hi(self): return "C.hi"
a.__class__ = C
print(a.hi(), isinstance(a, A))
