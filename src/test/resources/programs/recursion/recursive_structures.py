def flatten(x):
    return [a for item in x for a in flatten(item)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def tree_sum(t):
    if t is None:
        return 0
    v, l, r = t
    return v + tree_sum(l) + tree_sum(r)
print(tree_sum((1, (2, None, (3, None, None)), (4, None, None))))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462))
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(300))
a = []
a.append(a)
print(a, repr(a))
d = {}
d["self"] = d
print(d)
