def countdown(n):
    while n > 0:
        yield n
        n -= 1
g = countdown(3)
print(iter(g) is g, list(g), list(g))
def lines():
    yield "a"
    yield "b"
for i, line in enumerate(lines(), start=1):
    print(i, line)
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
def running_gen():
    yield g2.send(None)
g2 = running_gen()
try:
    next(g2)
except ValueError as e:
    print(type(e).__name__, e)
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
g = gen_with_finally()
for v in g:
    print("value", v)
    break
g.close()  # explicit: CPython would also run the finally when the generator is freed
print("after break")
gf = gen_with_finally()
next(gf)
gf.close()
print(gf.__name__, type(gf).__name__)
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
