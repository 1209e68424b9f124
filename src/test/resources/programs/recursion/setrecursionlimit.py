import sys
sys.setrecursionlimit(100)
def f(n):
    return n if n == 0 else f(n - 1)
print(f(50))
try:
    f(200)
except RecursionError as e:
    print("limited:", e)
sys.setrecursionlimit(3000)
print(f(2000))
