x = 1
if x is 1:
    print("one")
print(x is not "a", x is None, x is True, x is ..., x is (), x is -1, x is (1, 2), 1 is x is 2)
y = [(1, 2) (3, 4)] if False else 0
f = lambda: 0
if False:
    (1)()
    [1]()
    [i for i in x]()
    {1: 2}()
    {1}()
    (i for i in x)()
    f"x"()
    "abc"()
    None()
    (-1)()
    5[0]
    None[1]
    {1, 2}[0]
    (i for i in x)[0]
    (lambda: 1)[0]
    [1, 2][1.5]
    (1, 2)["a"]
    "abc"[None]
    [1][1:2]
    [1][True]
    (1, 2)[-1.5]
    x[1.5]
    b"ab"[2.0]
    [x for x in y][1.0]
assert (x, "msg")
assert ()
exec("z = 1 is 1")
exec("""if 1:
    print(z is 'a')
""")
print("end")
