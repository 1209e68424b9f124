def scaled(a, b, factor):
    return (a + b) * factor

def ratio(a, b):
    return (a)/(b)

print(scaled(1, 2, 3))
print(ratio(1, 4))
print(ratio(1, 0))
