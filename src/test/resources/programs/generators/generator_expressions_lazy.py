log = []
def source():
    for i in range(5):
        log.append("produce %d" % i)
        yield i
g = (x * 2 for x in source())
print(log)
print(next(g), log)
print(list(g), len(log))
def counter():
    i = 0
    while True:
        i += 1
        yield i
evens = (n for n in counter() if n % 2 == 0)
print([next(evens) for _ in range(5)])
print(sum(x * x for x in range(100)), max((len(w), w) for w in "a bbb cc".split()))
print(list(zip(range(3), (c for c in "abcdef"))))
