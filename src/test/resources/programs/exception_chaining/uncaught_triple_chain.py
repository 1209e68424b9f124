def level3():
    raise KeyError("deepest")

def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("middle") from e

def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("top")

level1()
