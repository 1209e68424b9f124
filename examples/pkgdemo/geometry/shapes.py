from .vectors import Vector


def describe(v):
    w = v + Vector(1, 1)
    return f"{v} + (1, 1) = {w}, length {abs(w):.3f}"
