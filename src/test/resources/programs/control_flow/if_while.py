def sign(n):
    if n > 0:
        return 1
    elif n < 0:
        return -1
    else:
        return 0
print([sign(x) for x in (-5, 0, 5)])
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("not reached")
n = 3
while n > 0:
    n -= 1
else:
    print("while-else ran, n =", n)
while True:
    n += 1
    if n == 3:
        break
print(n)
if []:
    print("no")
elif {}:
    print("no")
elif 0.0:
    print("no")
else:
    print("all falsy")
x = 5
if x: pass
print("pass ok")
