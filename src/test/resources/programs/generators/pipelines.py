def read(data):
    for line in data:
        yield line
def grep(pattern, lines):
    return (l for l in lines if pattern in l)
def upper(lines):
    for l in lines:
        yield l.upper()
data = ["apple pie", "banana", "apple tart", "cherry"]
print(list(upper(grep("apple", read(data)))))
def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
print(list(take(10, [1, 2])))
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(15, primes())))
print(list(zip(naturals(), "abc")))
print(dict(zip(take(3, naturals()), map(str, naturals()))))
