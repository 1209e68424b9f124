# a frame that starts in the eval loop moves to compiled code at a backward jump, mid-loop
t = 0
for i in range(100000):
    t += i % 7
print(t)
while t > 0:
    t -= 12345
print(t)
