def make_point(x, y, z):
    if z < 0:
        raise ValueError("z must not be negative")
    return (x, y, z)

print(make_point(1, 2, 3))
point = make_point(1,
                   2,
                   -3)
