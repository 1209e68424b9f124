a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(b // a, b % a, divmod(-b, a))
print(a // -7, a % -7)
print(-a // 7, -a % 7)
print(a ** 3)
print(pow(a, 5, 10**9 + 7), pow(7, a, 1000))
print(a == 1267650600228229401496703205376, a > b, -a < -b)
print(abs(-a), -a, +a)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)))
print(a / 3, b / a)
print(10**30 // 10**28, 10**20 * 10**20)
print(int("9" * 40) + 1)
print((2**64 - 1) * (2**64 - 1))
print(-(2**63) - 1, 2**63)
