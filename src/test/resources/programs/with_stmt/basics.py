class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with CM("a") as v:
    print("body with", v)
with CM("x"), CM("y") as y:
    print("two managers, y =", y)
with CM("p") as p, CM("q") as q:
    print(p, q)
try:
    with CM("err"):
        raise ValueError("inside with")
except ValueError as e:
    print("propagated", e)
def early():
    with CM("ret"):
        return "returned value"
print(early())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            break
with CM("no-as"):
    pass
