a = list(range(10))
print(a[2], a[-1], a[2:5], a[::3], a[::-1], a[-3:], a[:-7])
a[2:5] = ["x"]; print(a)
a[:0] = [-2, -1]; print(a)
a[len(a):] = [99]; print(a)
del a[0]; print(a)
del a[::2]; print(a)
a[1:3] = []; print(a)
b = [0] * 6
b[::2] = [1, 2, 3]; print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[100] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    a["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a[50]
except IndexError as e:
    print(type(e).__name__, e)
