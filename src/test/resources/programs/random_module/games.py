import random
random.seed(2024)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hand = deck[:5]
print(hand)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
print([rolls.count(t) for t in range(2, 13)])
walk = 0
path = []
for _ in range(20):
    walk += random.choice([-1, 1])
    path.append(walk)
print(path)
print(sorted(random.randrange(1, 50) for _ in range(6)))
