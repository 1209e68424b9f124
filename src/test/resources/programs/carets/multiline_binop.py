def combine(left, right):
    return (left +
            right)

print(combine("a", "b"))
print(combine("a", 1))
