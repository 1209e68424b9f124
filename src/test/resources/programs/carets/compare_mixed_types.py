def over_limit(level, limit):
    if level > limit:
        return True
    return False

print(over_limit(5, 3))
print(over_limit("5", 3))
