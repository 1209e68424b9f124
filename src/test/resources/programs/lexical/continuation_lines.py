total = 1 + \
    2 + \
    3
print(total)
items = [
    1, 2,
    3,    # comment inside brackets
        4,
]
print(items)
d = {'a': 1,
'b': 2}
print(d)
r = (10
     * 2
     - 5)
print(r)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
if (total > 5 and
        r > 5):
    print("both")
s = ("implicit "
     "concatenation "
     'works')
print(s)
print(max(
    3,
    9,
    4))
