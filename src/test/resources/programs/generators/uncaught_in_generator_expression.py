values = [4, 2, 0, 1]
ratios = (100 // v for v in values)
for r in ratios:
    print(r)
