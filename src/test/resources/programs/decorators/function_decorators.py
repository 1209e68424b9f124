def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("world"), hello.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def one():
    return 1
print(one())
calls = []
def log(fn):
    calls.append("decorating " + fn.__name__)
    def wrapper(*a, **kw):
        calls.append("calling " + fn.__name__)
        return fn(*a, **kw)
    return wrapper
@log
@repeat(2)
def pair(x):
    return x
print(pair(5), calls)
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
REG = {}
@register(REG)
def alpha():
    return "a"
print(sorted(REG), REG["alpha"]())
def order(tag):
    print("evaluating", tag)
    def d(fn):
        print("applying", tag)
        return fn
    return d
@order("outer")
@order("inner")
def target():
    pass
