# Generates dict operation sequences and CPython's results: one case per line,
#   ops|expected-repr|popitem-results   with ops "s:k:v", "d:k", "p", "c" (copy), "u:k" (setdefault)
import random
random.seed(99)
lines = []
for case in range(200):
    d = {}
    ops = []
    pops = []
    for _ in range(random.randint(1, 120)):
        r = random.random()
        k = random.randint(-20, 60)
        if r < 0.55:
            v = random.randint(0, 9)
            d[k] = v
            ops.append(f"s:{k}:{v}")
        elif r < 0.75:
            if k in d:
                del d[k]
                ops.append(f"d:{k}")
        elif r < 0.85:
            if d:
                pops.append(repr(d.popitem()))
                ops.append("p")
        elif r < 0.9:
            d = d.copy()
            ops.append("c")
        else:
            d.setdefault(k, 7)
            ops.append(f"u:{k}")
    lines.append(" ".join(ops) + "|" + repr(d) + "|" + ";".join(pops))
open('src/test/resources/containers/dict_cases.txt', 'w').write("\n".join(lines) + "\n")
