a = []; b = []
for i in range(100000):
    a = [a]; b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
try:
    print(a < b)
except RecursionError as e:
    print("RecursionError", e)
c = {}; d = {}
for i in range(5000):
    c = {'k': c}; d = {'k': d}
try:
    print(c == d)
except RecursionError as e:
    print("RecursionError", e)
t = (); u = ()
for i in range(5000):
    t = (1, t); u = (1, u)
try:
    print(t == u, t != u)
except RecursionError as e:
    print("RecursionError", e)
small1 = [[1, [2, (3, {'x': [4]})]]] * 3
small2 = [[1, [2, (3, {'x': [4]})]]] * 3
print(small1 == small2, small1 < small2, [[1], [2]] < [[1], [3]])
