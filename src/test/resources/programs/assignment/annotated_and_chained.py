x: int = 5
y: list = []
name: str
print(x, y)
try:
    name
except NameError as e:
    print(type(e).__name__, e)
def f(a: int, b: "str" = "d") -> bool:
    total: float = a * 2.5
    return total > 3
print(f(1), f(2))
class C:
    count: int = 0
    label: str
print(C.count, hasattr(C, "label"))
a = b = c = [1]
b.append(2)
print(a, c, a is b is c)
i = j = 0
i += 1
print(i, j)
p, q = r = (1, 2)
print(p, q, r)
lst = [0, 0, 0]
k = lst[k] = 1 if False else 2
print(k, lst) if False else print("chained ok")
obj = C()
obj.v = obj.w = "same"
print(obj.v, obj.w)
