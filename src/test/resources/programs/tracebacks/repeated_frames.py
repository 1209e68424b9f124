# CPython collapses more than three identical consecutive frames
def down(n):
    if n == 0:
        raise ValueError("bottom reached")
    return down(n - 1)

down(12)
