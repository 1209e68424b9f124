def kwonly(a, *, b, c=3):
    return (a, b, c)
print(kwonly(1, b=2), kwonly(1, c=5, b=0))
def posonly(a, b, /, c, d=4):
    return (a, b, c, d)
print(posonly(1, 2, 3), posonly(1, 2, c=3, d=5))
def mixed(a, /, b, *, c):
    return a + b + c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def po_kw(a, /, **kw):
    return a, kw
print(po_kw(1, a=2))
for call in [lambda: kwonly(1, 2), lambda: kwonly(1), lambda: posonly(1, b=2, c=3),
             lambda: mixed(1, 2, 3), lambda: posonly(1, 2), lambda: kwonly(1, b=2, d=4)]:
    try:
        call()
    except TypeError as e:
        print(e)
