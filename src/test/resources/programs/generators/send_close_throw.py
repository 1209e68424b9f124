def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            print("received", v)
            received.append(v)
    except GeneratorExit:
        print("closing with", received)
        raise
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
g.close()
g.close()
try:
    g.send("after close")
except StopIteration:
    print("StopIteration after close")
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
a = acc()
next(a)
for v in [1, 2, 3]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
def fresh():
    yield 1
try:
    fresh().send(5)
except TypeError as e:
    print(type(e).__name__, e)
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught inside:", e)
c = catcher()
next(c)
c.throw(ValueError("thrown in"))
c.close()
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ig = ignore_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print(type(e).__name__, e)
