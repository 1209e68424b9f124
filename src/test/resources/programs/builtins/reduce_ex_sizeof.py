# object.__reduce_ex__ / __reduce__ (copyreg's protocol) and __sizeof__
class P:
    pass
class L(list): pass
class D(dict): pass
class I(int): pass
class S(str): pass
class N:
    def __new__(cls, *a):
        return object.__new__(cls)
    def __getnewargs__(self):
        return (1, 2)
class K:
    def __new__(cls, *a, **kw):
        return object.__new__(cls)
    def __getnewargs_ex__(self):
        return ((1,), {"flag": True})
class G:
    def __getstate__(self):
        return {"g": 1}
class R:
    def __reduce__(self):
        return (R, ())


def name(x):
    if isinstance(x, type):
        return x
    if callable(x):
        return x.__module__ + "." + x.__name__
    if type(x).__name__.endswith("iterator"):
        return list(x)
    return x


p = P()
p.a = 1
for o in [p, P(), L([1, 2]), D(a=1), I(5), S("x"), N(), K(), G(), R(), object(), 3, [1], {"a": 1}, "abc", (1,)]:
    for proto in (0, 1, 2, 4):
        try:
            print(type(o).__name__, proto, [name(x) for x in o.__reduce_ex__(proto)])
        except TypeError as e:
            print(type(o).__name__, proto, "TypeError:", e)
    try:
        r = o.__reduce__()
        print("  __reduce__", len(r), name(r[0]))
    except TypeError as e:
        print("  __reduce__ TypeError:", e)

# the reconstructors rebuild the object
f, args, state = p.__reduce_ex__(2)[:3]
q = f(*args)
q.__dict__.update(state)
print(type(q).__name__, q.a, q is p)
f, args, state = p.__reduce_ex__(0)
q = f(*args)
q.__dict__.update(state)
print(type(q).__name__, q.a)
f, args = I(5).__reduce_ex__(1)
print(f(*args), type(f(*args)).__name__)
f, args, state, items, _ = L([4, 5]).__reduce_ex__(2)
q = f(*args)
q.extend(items)
print(q, type(q).__name__)
f, args = I(9).__reduce_ex__(2)[:2]
print(f(*args) + 1, type(f(*args)).__name__)
f, args = K().__reduce_ex__(3)[:2]
print(name(f), len(args), args[1:], type(f(*args)).__name__)

for bad in [(), ("a",), (1, 2)]:
    try:
        object().__reduce_ex__(*bad)
    except TypeError as e:
        print("TypeError:", e)
for call in (lambda: object().__sizeof__(1), lambda: object.__reduce__(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

for o in (object(), P(), [1, 2, 3], {"a": 1}, "text", 12, 1.5, (1, 2), I(3)):
    n = o.__sizeof__()
    print(type(o).__name__, type(n).__name__, n > 0)
print("__sizeof__" in dir(object), "__reduce_ex__" in dir(P()), "__reduce__" in dir(3))
