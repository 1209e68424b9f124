def f(x):
    try:
        return 10 // x
    except ZeroDivisionError as e:
        return str(e)
    finally:
        pass
print([f(i) for i in (2, 0, 5)])
def g(n):
    if n == 0:
        raise KeyError("deep")
    return g(n - 1)
g(3)
