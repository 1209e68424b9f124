def inner(x):
    return 10 / x

def middle(x):
    return inner(x) + 1

def outer(x):
    return middle(x) * 2

print(outer(5))
result = outer(middle(inner(0)))
