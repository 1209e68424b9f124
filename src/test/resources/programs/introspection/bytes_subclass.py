class B(bytes):
    pass
b = B(b'abc')
print(type(b[:]), type(b + b''), type(b * 1), type(b.strip()), type(b.removeprefix(b'z')), type(b.lstrip(b'z')))
print(type(b.replace(b'z', b'y')), type(b.split()[0]), type(b.lower()), type(b.join([b'1', b'2'])))
print(b'-'.join([B(b'x'), B(b'y')]), B(b'x') + B(b'y'), type(B(b'x') + B(b'y')))
print(b.__class__, b.hex(), b.count(b'a'), b.find(b'c'), bytes.__len__(b))
print(type(bytes(b)), bytes(b) == b, b is bytes(b))
class D(B):
    def __bytes__(self): return b'custom'
print(bytes(D(b'x')), B(D(b'x')), type(B(D(b'x'))))
x = B(b'v'); x.a = 1; print(vars(x))
print(hash(B(b'k')) == hash(b'k'), {B(b'k'): 2}[b'k'])
try:
    bytes.__new__(int)
except TypeError as e: print(e)
try:
    B(1, 2, 3, 4)
except TypeError as e: print(e)
print(B.fromhex('61 62'), type(B.fromhex('61')), bytes.fromhex('41'))
print(f'{b}', '%s' % b, '%r' % b, str(b), format(b, ''))
print(isinstance(b, B), issubclass(B, bytes), B.__dict__.get('__weakref__'), '__dict__' in B.__dict__)
x.__class__ = D
print(type(x), bytes(x))
class E(bytes):
    def __init__(self, v): self.tag = len(v)
print(E(b'hello').tag, E(b'hello'))
print(sorted(set(dir(B(b''))) - set(dir(b''))))
print(type(type('T', (), {}).__module__), type('T', (), {}).__module__)
T2 = type.__new__(type, 'T2', (), {})
print(T2.__module__, T2)
def f():
    return type('Inner', (object,), {'x': 1})
print(f().__module__, f().__qualname__, list(f().__dict__))
class B(bytes): pass
b = B(b'xy')
print(repr(b), type(b).__name__, isinstance(b, bytes), len(b), b == b'xy', hash(b) == hash(b'xy'))
print(type(b.upper()), type(b + b'z'), type(b[0:1]), b[0], b.decode())
class C(bytes):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
    def __repr__(self): return 'C' + super().__repr__()
c = C(b'ab', 5)
print(c, repr(c), c.extra, c.__dict__, str(c))
print(B(3), B([65,66]), B('abc', 'ascii'), B())
print(bytes(B(b'q')), type(bytes(B(b'q'))))
print(b'%s' % B(b'zz'))
print(B.fromhex('4142'), type(B.fromhex('4142')))
d = {b'xy': 1}; print(d[b])
print(sorted([B(b'b'), B(b'a')]))
print(B.__mro__, B.__base__)
print(list(b), b in [b'xy'], b.startswith(B(b'x')))
print(type(b * 2), type(bytes(b)))
M = type('M', (), {})
print(M.__module__, repr(M))
X = type('X', (), {'__module__': 'foo'})
print(X.__module__, repr(X), X.__qualname__)
