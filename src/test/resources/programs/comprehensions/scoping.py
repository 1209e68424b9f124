funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
def outer():
    factor = 3
    return [n * factor for n in range(4)]
print(outer())
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(C.doubled)
y = 10
print([y + k for k in range(2)])
print([(a, b) for a in range(2) for b in range(a, 3) if a + b > 1])
first = [n for n in range(3)]
try:
    print(n)
except NameError as e:
    print(type(e).__name__, e)
print([[i * j for j in range(3)] for i in range(3)])
