def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                return (r, c)
    return None
m = [[1, 2, 3], [4, 5, 6]]
print(search(m, 5), search(m, 9))
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
k = 0
while k < 3:
    k += 1
    for j in range(2):
        if j == 1:
            continue
        print("k", k, "j", j)
else:
    print("while done")
