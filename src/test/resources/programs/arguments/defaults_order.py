def f(a, b=10, c=20):
    return a + b + c
print(f(1), f(1, 2), f(1, 2, 3), f(1, c=0), f(c=1, a=1))
def trace(n, log=None):
    log = [] if log is None else log
    log.append(n)
    return log
print(trace(1), trace(2, [0]))
calls = []
def side(x):
    calls.append(x)
    return x
def order(a, b, c):
    return a, b, c
print(order(side(1), c=side(3), b=side(2)), calls)
def kw_after_star(*args, last="L"):
    return args, last
print(kw_after_star(1, 2), kw_after_star(last=0))
