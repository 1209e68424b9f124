import math
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(50) if is_prime(n)])
def lcm(a, b):
    return a * b // math.gcd(a, b)
print(lcm(4, 6), lcm(21, 6), math.lcm(4, 6, 10))
pts = [(0, 0), (3, 4), (6, 8)]
print([round(math.hypot(x, y), 3) for x, y in pts])
angles = [0, 30, 45, 60, 90]
print([round(math.sin(math.radians(a)), 6) for a in angles])
print(math.factorial(30) // math.factorial(28), math.comb(52, 5))
print(f"{math.pi:.10f} {math.e:.5e} {math.sqrt(2):g}")
