# Generates set-order cases: each line is  op|args...|expected  (ints only)
import random
random.seed(1234)
out = []
def r(n, lo, hi):
    return [random.randint(lo, hi) for _ in range(n)]
def js(xs): return ' '.join(map(str, xs))
for i in range(300):
    n = random.choice([1,2,3,4,5,6,8,10,13,20,40,100])
    hi = random.choice([10, 50, 200, 5000, 10**6, 2**40])
    xs = r(n, -hi//4, hi)
    out.append(f"add|{js(xs)}|{set(xs)!r}")
    s = set(frozenset(xs))
    out.append(f"display|{js(xs)}|{s!r}")
    ys = r(random.choice([1,3,6,20]), -hi//4, hi)
    a = set(xs); b = set(ys)
    out.append(f"or|{js(xs)}|{js(ys)}|{a | b!r}")
    out.append(f"and|{js(xs)}|{js(ys)}|{a & b!r}")
    out.append(f"sub|{js(xs)}|{js(ys)}|{a - b!r}")
    out.append(f"xor|{js(xs)}|{js(ys)}|{a ^ b!r}")
    # delete some, then add others
    s = set(xs)
    dels = xs[::2]
    for d in dels: s.discard(d)
    for y in ys: s.add(y)
    out.append(f"deladd|{js(xs)}|{js(dels)}|{js(ys)}|{s!r}|{set(s)!r}|{s.copy()!r}")
    s = set(xs); pops = []
    for _ in range(min(3, len(s))): pops.append(s.pop())
    s.add(ys[0])
    out.append(f"pop|{js(xs)}|{ys[0]}|{js(pops)}|{s!r}")
    out.append(f"hash|{js(xs)}|{hash(frozenset(xs))}")
    a = set(xs); a -= set(ys); out.append(f"isub|{js(xs)}|{js(ys)}|{a!r}")
    a = set(xs); a &= set(ys); out.append(f"iand|{js(xs)}|{js(ys)}|{a!r}")
    a = set(xs); a ^= set(ys); out.append(f"ixor|{js(xs)}|{js(ys)}|{a!r}")
    a = set(xs); a.difference_update(ys); out.append(f"dupd|{js(xs)}|{js(ys)}|{a!r}")
for start, stop, step in [(20,0,-3),(0,50,7),(-10,10,1),(100,0,-9),(0,1000,37)]:
    out.append(f"add|{js(range(start,stop,step))}|{set(range(start,stop,step))!r}")
open('src/test/resources/containers/set_cases.txt','w').write('\n'.join(out)+'\n')
print(len(out))
