class CM:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return (self.v, self.v * 2)
    def __exit__(self, *a):
        return False
with CM(3) as (a, b):
    print(a, b)
store = {}
with CM(5) as store["pair"]:
    pass
print(store)
class Obj:
    pass
o = Obj()
with CM(1) as o.attr:
    pass
print(o.attr)
with open("with_as_targets.py") as f:
    first = f.readline().rstrip()
print(first, f.closed)
