def pair():
    value = []
    def put(v):
        value.append(v)
    def get():
        return list(value)
    return put, get
put, get = pair()
put(1); put(2)
print(get())
def box():
    v = 0
    def setv(n):
        nonlocal v
        v = n
    def getv():
        return v
    return setv, getv
s, g = box()
s(42)
print(g())
s("str")
print(g())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()())
def gen_closure():
    n = 5
    def g():
        for i in range(n):
            yield i * n
    return g
print(list(gen_closure()()))
