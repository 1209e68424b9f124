def buckets(n, size):
    return n // size, n ** 2

print(buckets(10, 3))
print(buckets(10, 0))
