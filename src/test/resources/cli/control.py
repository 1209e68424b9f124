x = 7
if x > 5 and x != 6:
    print("big")
else:
    print("small")
while x:
    x -= 3
    if x < 0:
        break
print(x)
