def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, x=3))
print(f(*[1, 2], **{"k": "v"}))
def g(first, *rest, sep=", "):
    return sep.join([str(first)] + [str(r) for r in rest])
print(g(1), g(1, 2, 3), g(1, 2, sep="-"))
def h(a, b=2, **extra):
    return a, b, sorted(extra)
print(h(1, c=3, d=4), h(a=0, b=1))
def kwnames(**kw):
    return list(kw)
print(kwnames(z=1, a=2, m=3))
args = (1,)
print(f(*args, *args), type(f(*args)[0]).__name__)
def collect(*a):
    a_list = list(a)
    a_list.append("x")
    return a, a_list
print(collect(1, 2))
