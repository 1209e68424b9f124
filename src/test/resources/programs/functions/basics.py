def greet(name, greeting="Hello"):
    return greeting + ", " + name
print(greet("Ann"), greet("Bob", "Hi"), greet(greeting="Yo", name="Cy"))
def nothing():
    pass
print(nothing())
def early(x):
    if x:
        return
    return "late"
print(early(1), early(0))
def multi():
    return 1, "two", [3]
a, b, c = multi()
print(a, b, c, multi())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(i) for i in range(15)])
print(greet.__name__, fact.__qualname__, callable(greet))
def outer():
    def inner():
        return "inner"
    return inner
print(outer()(), outer().__qualname__)
