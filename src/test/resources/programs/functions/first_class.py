def apply(f, *args):
    return f(*args)
def add(a, b):
    return a + b
ops = {"add": add, "max": max, "len": len}
print(apply(add, 2, 3), apply(max, 4, 9, 1), apply(len, "four"))
print([ops[k].__name__ for k in sorted(ops)])
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    return count
c = counter_factory()
print([c(w) for w in "a b a c a b".split()])
funcs = [abs, str, bool, len]
print([f("-3") if f is not abs else f(-3) for f in funcs])
