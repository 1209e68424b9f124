print(abs(-3), abs(2.5), abs(-0.0), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 8), pow(2, -2), pow(5, 3, 7), pow(2.0, 3))
print(round(3.14159, 2), round(2.5), round(-2.5), round(1.5), round(15, -1), round(0.1 + 0.2, 10))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(bin(10), oct(64), hex(4095), bin(0), hex(-1))
print(sum([1.5, 2.5]), sum(range(5), 100), sum([[1], [2]], []))
print(max(1, 5, 3), max([4, 8, 2]), max("abc", "abd"), min([], default="empty"), max([], default=None))
print(max([("a", 3), ("b", 1)], key=lambda p: p[1]), min("Hello", key=str.lower))
print(max([1, 3, 3.0]), min(3, 3.0))
try:
    pow(2, -1, 5) if False else pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
