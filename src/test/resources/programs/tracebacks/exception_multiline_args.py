def f():
    raise ValueError("line one\nline two", 42)

f()
