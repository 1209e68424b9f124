name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n} + 1 = {n + 1}")
print(f"{name!r} {name!s}")
print(f"{[1, 2][0]} {'nested'} {len(name)}")
print(f'{n:5}|{n:<5}|{n:^5}|{n:05}')
print(f"{3.14159:.2f} {1/3:.3} {1e6:e}")
print(f"{{braces}} {n}")
items = {"a": 1}
print(f"{items['a']} {items}")
print(F"upper F {n}")
print(f"multi" f"part {n}" "plain")
print(f"{n if n > 10 else 0}")
print(f"{'x' * 3}")
print(rf"raw \n {n}")
