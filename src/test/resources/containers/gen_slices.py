# Random list slice get/set/del cases with CPython's results: op|n|start|stop|step|value|result
import random
random.seed(5)
def rnd():
    return random.choice([None] + list(range(-14, 15)))
lines = []
for _ in range(3000):
    n = random.randint(0, 12)
    xs = list(range(n))
    a, b, c = rnd(), rnd(), rnd()
    if c == 0 and random.random() < 0.8:
        c = None
    op = random.choice(["get", "set", "del"])
    val = [100 + i for i in range(random.randint(0, 5))]
    try:
        if op == "get":
            res = repr(xs[a:b:c])
        elif op == "set":
            xs[a:b:c] = val
            res = repr(xs)
        else:
            del xs[a:b:c]
            res = repr(xs)
    except Exception as e:
        res = type(e).__name__ + ": " + str(e)
    f = lambda v: "N" if v is None else str(v)
    lines.append("|".join([op, str(n), f(a), f(b), f(c), " ".join(map(str, val)), res]))
open("src/test/resources/containers/slice_cases.txt", "w").write("\n".join(lines) + "\n")
