items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, n in items:
    print(f"{name:<8}|{price:>6.2f}|{n:03d}|{price * n:8.3f}")
x = 255
print(f"{x:x} {x:#X} {x:b} {x:o} {x:,} {x:e} {x:%}")
print(f"{1234567.891:,.2f} {-0.5:+.1f} {0.000123:.2e} {12:c}")
d = {"key": "v"}
print(f"{d['key']} {len(d)} {'yes' if d else 'no'} {[i for i in range(3)]}")
print(f"{'nested {braces}'}")
print(f"{x!r:>6}|{'s'!r:^7}|")
width = 12
print(f"{'centered':^{width}}|{x:>{width // 2}}|")
print(f"{3.0} {1e20} {1e-7} {True} {None}")
