def make_multipliers():
    result = []
    for k in range(1, 4):
        def mul(x, k=k):
            return x * k
        result.append(mul)
    return result
print([m(10) for m in make_multipliers()])
def make_class(greeting):
    class Greeter:
        def greet(self, name):
            return greeting + ", " + name
    return Greeter
print(make_class("Hi")().greet("Ann"), make_class("Yo")().greet("Bob"))
def stateful():
    history = []
    def record(x=None):
        if x is not None:
            history.append(x)
        return tuple(history)
    return record
r = stateful()
r(1); r(2)
print(r(), r(3))
def cell_shared():
    x = 0
    def inc():
        nonlocal x
        x += 1
    def get():
        return x
    return inc, get
inc, get = cell_shared()
for _ in range(5):
    inc()
print(get())
