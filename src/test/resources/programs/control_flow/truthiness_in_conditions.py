for v in [0, 1, "", "x", [], [0], None, 0.0, {}, {0: 0}]:
    if v:
        print(repr(v), "-> if branch")
    elif v is None:
        print(repr(v), "-> None branch")
    else:
        print(repr(v), "-> else branch")
n = 5
while n:
    n -= 2 if n > 1 else 1
print(n)
items = [3, 0, 2]
while items and items[-1]:
    print("pop", items.pop())
print(items)
