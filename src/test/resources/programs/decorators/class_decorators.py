def add_greeting(cls):
    cls.greet = lambda self: "hi from " + type(self).__name__
    return cls
@add_greeting
class Person:
    pass
print(Person().greet())
registry = []
def track(cls):
    registry.append(cls.__name__)
    return cls
@track
class A: pass
@track
class B(A): pass
print(registry)
def singleton(cls):
    instances = {}
    def get():
        if cls not in instances:
            instances[cls] = cls()
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self):
        print("created once")
print(Config() is Config())
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
class Counted:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Counted
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.calls)
