def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield from [10, 20]
    yield from range(2)
    return "outer-done"
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", (1, 2), {"k": 0})))
def delegating():
    result = yield from outer()
    yield result
print(list(delegating()))
