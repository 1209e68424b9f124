def trace(fn):
    depth = [0]
    def wrapper(*args, **kwargs):
        print("  " * depth[0] + "-> %s%r" % (fn.__name__, args))
        depth[0] += 1
        try:
            result = fn(*args, **kwargs)
        finally:
            depth[0] -= 1
        print("  " * depth[0] + "<- %r" % (result,))
        return result
    wrapper.__name__ = fn.__name__
    return wrapper
@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(3)
print(fib.__name__)
def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError("%s expected %s, got %s" % (fn.__name__, t.__name__, type(a).__name__))
            return fn(*args)
        return wrapper
    return deco
@validate(int, str)
def repeat(n, s):
    return s * n
print(repeat(3, "ab"))
try:
    repeat("3", "ab")
except TypeError as e:
    print(e)
class Wrapper:
    @staticmethod
    @trace
    def helper(x):
        return x + 1
print(Wrapper.helper(1))
