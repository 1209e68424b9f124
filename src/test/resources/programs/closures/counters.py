def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in make_adders()])
def late_binding():
    fs = []
    for n in range(3):
        fs.append(lambda: n)
    return [f() for f in fs]
print(late_binding())
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    x = "changed"
    return mid()()
print(outer())
def acc(total=0):
    def add(v):
        nonlocal total
        total += v
        return total
    return add
a = acc(100)
a(5)
print(a(10))
print(c1.__closure__ is not None, make_counter.__closure__)
print(c1.__code__.co_freevars, make_counter.__code__.co_cellvars)
