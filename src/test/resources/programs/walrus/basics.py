if (n := len("hello")) > 3:
    print("long", n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
values = iter([3, 1, 0, 7])
while (v := next(values)) != 0:
    print("value", v)
print((a := 5) + a, a)
def f():
    if (r := sum(range(5))) > 5:
        return r
print(f())
total = 0
print([total := total + x for x in range(5)], total)
print(any((hit := w).startswith("b") for w in ["a", "bb", "bc"]), hit)
