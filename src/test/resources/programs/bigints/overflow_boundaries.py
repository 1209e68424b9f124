import sys
m = sys.maxsize
print(m, m + 1, -m - 1, -m - 2)
print(m * 2, m * m)
print((m + 1) // 2 == 2 ** 62)
print(2**63 - 1 == m)
print(-(-2**63), abs(-2**63))
print((-2**63) // -1, (-2**63) % -1)
x = m
x += 1
print(x, type(x).__name__)
print(2**31 * 2**31 * 2**31)
print(int(2.0**80), float(2**80), float(10**30))
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(10**400 // 10**399)
print(sum(range(10**6, 10**6 + 5)) * 10**20)
