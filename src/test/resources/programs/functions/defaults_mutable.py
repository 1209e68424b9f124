def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
counter = 10
def show(v=counter):
    return v
counter = 20
print(show())
print(append_to.__defaults__ if hasattr(append_to, "__defaults__") else "n/a")
def kwdefault(*, key="k"):
    return key
print(kwdefault(), kwdefault(key="z"))
