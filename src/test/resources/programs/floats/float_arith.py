print(1.5 + 2.25, 10 / 4, 7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(2.0 ** 0.5, 2 ** -2, (-8.0) ** 2, 10.0 ** -3)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(0.1 * 3, 1 / 3, 2 / 3, 100 / 7)
print(1e308 * 10, -1e308 * 10)
print(float("nan") == float("nan"), float("inf") > 1e308)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1.23456, 3))
print(round(0.5), round(1.5), round(123.456, -1), round(5.0))
print(abs(-2.5), -0.0, 0.0 == -0.0)
print(int(2.999), float(3), float("  1.5 "), float("-inf"), float("1e3"))
print(3.0.is_integer(), 3.5.is_integer())
print((0.5).as_integer_ratio(), (2.75).as_integer_ratio())
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
