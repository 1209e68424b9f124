def compute(values):
    total = 0
    for v in values:
        total += v
    return result_value

print(compute([1, 2, 3]))
