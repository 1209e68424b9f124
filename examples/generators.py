# Generators: lazy sequences, send(), and yield from.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for _ in range(n):
        yield next(it)


def averager():
    total, count = 0, 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count


def chain(*its):
    for it in its:
        yield from it


print(list(take(10, fib())))
avg = averager()
next(avg)
for x in [10, 20, 60]:
    print("average so far:", avg.send(x))
print(list(chain("ab", [1, 2], range(3))))
print(sum(x * x for x in range(10) if x % 2))
