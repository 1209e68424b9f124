import types, random, io
class N1(types.SimpleNamespace): pass
class N2(types.SimpleNamespace): pass
n = N1(a=1); n.__class__ = N2; print(type(n).__name__, n.a)
class R1(random.Random): pass
class R2(random.Random): pass
r = R1(5); r.__class__ = R2; print(type(r).__name__, r.random())
class S1(io.StringIO): pass
class S2(io.StringIO): pass
s = S1("abc"); s.__class__ = S2; print(type(s).__name__, s.read())
try:
    n.__class__ = R2
except TypeError as e:
    print(e)
