for a in [7, -7, 0, 13]:
    for b in [2, -2, 5, -5]:
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 0 ** 0)
print(pow(2, 10, 1000), pow(3, 4), pow(-3, 3, 7))
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
