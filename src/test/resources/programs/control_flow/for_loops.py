for i in range(3):
    print(i, end=" ")
print()
for ch in "hi":
    for n in range(2):
        print(ch, n)
def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            print("found at", idx)
            break
    else:
        print("not found")
find([4, 5, 6], 5)
find([4, 5, 6], 7)
for i in []:
    print("never")
else:
    print("empty for-else")
for k in {"a": 1, "b": 2}:
    print(k)
total = 0
for x in range(100):
    if x % 7:
        continue
    total += x
print(total)
for i in range(3):
    pass
print("i after loop", i)
outer_done = False
for i in range(3):
    for j in range(3):
        if i * j == 2:
            break
    else:
        continue
    print("break at", i, j)
    break
data = [1, 2, 3]
for x in data:
    if x == 1:
        data.append(4)
    print(x)
