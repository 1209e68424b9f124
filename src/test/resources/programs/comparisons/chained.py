x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 5, 5 > 4 > 6)
print(1 == 1.0 == True, 1 != 2 != 1, 0 <= x <= 5 < 6)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
two = 2
empty = []
print(1 < two is not None, empty == [] is not None)
