import random
random.seed(1)
for f in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.randrange(1, 10, 0)]:
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(random.randint(3, 3), random.randrange(7, 8))
