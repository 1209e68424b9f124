cases = [
    lambda: abs(),
    lambda: abs(1, 2),
    lambda: abs("x"),
    lambda: len(5),
    lambda: sorted(1),
    lambda: sum(1),
    lambda: range("a"),
    lambda: list(1, 2),
    lambda: dict(1, 2),
    lambda: str.upper(1),
    lambda: "x".upper(1),
    lambda: isinstance(1),
    lambda: getattr(1),
    lambda: chr("a"),
    lambda: zip(1),
    lambda: enumerate(1),
    lambda: iter(),
    lambda: hex(1.5),
    lambda: bin("1"),
]
for c in cases:
    try:
        c()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
