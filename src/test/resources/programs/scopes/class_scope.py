x = "module"
class A:
    x = "class"
    y = x + "!"
    def f(self):
        return x
print(A.y, A().f())
class B:
    items = [1, 2]
    total = sum(items)
    names = [str(i) for i in items]
print(B.total, B.names)
def factory():
    val = "enclosed"
    class Inner:
        v = val
        def get(self):
            return val
    return Inner
I = factory()
print(I.v, I().get())
