import random
random.seed(11)
def readings(n):
    for i in range(n):
        yield i, random.gauss(20, 5) if False else random.uniform(10, 30)
def smooth(it, k=3):
    window = []
    for i, v in it:
        window.append(v)
        if len(window) > k:
            window.pop(0)
        yield i, sum(window) / len(window)
vals = [round(v, 3) for _, v in smooth(readings(12))]
print(vals)
mean = sum(vals) / len(vals)
var = sum((v - mean) ** 2 for v in vals) / len(vals)
print(round(mean, 6), round(var, 6), round(var ** 0.5, 6))
hist = {}
for v in vals:
    hist[int(v) // 5 * 5] = hist.get(int(v) // 5 * 5, 0) + 1
for k in sorted(hist):
    print(f"{k:>3}-{k + 4:<3}", "*" * hist[k])
