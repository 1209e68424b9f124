try:
    [1, 2].sort(key=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].insert()
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1][1:2:0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    index = 1.0
    [1, 2, 3][index]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] < 1
except TypeError as e:
    print(type(e).__name__, e)
