l = []
for i in range(100000): l = [l]
try:
    s = repr(l)
    print(len(s))
except RecursionError as e:
    print("RecursionError", e)
t = ()
for i in range(5000): t = (t,)
try:
    print(len(str(t)))
except RecursionError as e:
    print("RecursionError", e)
d = {}
for i in range(5000): d = {'k': d}
try:
    print(len(repr(d)))
except RecursionError as e:
    print("RecursionError", e)
x = [1, [2, [3, [4]]]]
x.append(x)
print(x)
import sys
sys.setrecursionlimit(3000)
l = []
for i in range(2000): l = [l]
print(len(repr(l)))
def f(n):
    return repr(l) if n == 0 else f(n - 1)
try:
    print(len(f(1500)))
except RecursionError as e:
    print("RecursionError", e)
