x = 3.14159
w = 10
p = 3
print(f"[{x:{w}.{p}f}]")
print(f"[{'s':>{w}}]")
print(f"{x=}")
print(f"{w = }")
print(f"{x=:.2f}")
print(f"{w * 2=}")
name = "bob"
print(f"{name=!r} {name=!s}")
for i in range(3):
    print(f"{i:>{i + 2}}|")
print(f"{f'{w}'}")
