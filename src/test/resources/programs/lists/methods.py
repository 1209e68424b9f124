a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); a.insert(100, "end"); a.insert(-1, "before-end"); print(a)
print(a.pop(), a.pop(0), a.pop(-2)); print(a)
a.remove("a"); print(a)
print(a.index(2), a.count(1), [1, 1, 2].count(1))
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a, b)
c = [5, 2, 8, 1]
c.sort(); print(c)
c.sort(reverse=True); print(c)
print([1, 2, 3].index(3, 1), [0, 1, 0, 1].index(0, 1))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(9)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
