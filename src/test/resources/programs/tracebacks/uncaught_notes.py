def check(v):
    try:
        raise ValueError("bad value %r" % (v,))
    except ValueError as e:
        e.add_note("while checking the input")
        e.add_note("hint: values must be positive\nsee the manual")
        raise


check(-1)
