s = {5, 3}
s.add(4); s.add(3); print(s)
s.discard(5); s.discard(99); print(s)
s.remove(4); print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
s.update([7, 8], {9}); print(s)
print(s.pop() in {3, 7, 8, 9}, len(s))
t = s.copy(); t.clear(); print(t, len(s))
u = {1, 2, 3, 4, 5}
u.intersection_update({2, 3, 9}); print(u)
u.difference_update({2}); print(u)
u.symmetric_difference_update({3, 6}); print(u)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
