import random
for seed in [0, 1, 7, 12345, 2**40, -5]:
    random.seed(seed)
    print(seed, random.random(), random.randint(0, 10**6), random.randrange(0, 2**70))
random.seed(3)
a = [random.random() for _ in range(3)]
random.seed(3)
b = [random.random() for _ in range(3)]
print(a == b)
