print(-5, +5, ~5, -(-5), -0, -0.0, +True, -False)
print(type(-True).__name__)
vals = [3, 3.0, True]
for a in vals:
    for b in vals:
        print(repr(a), repr(b), repr(a + b), repr(a * b), repr(a - b))
for op, f in [("+", lambda: 1 + "a"), ("-", lambda: "a" - 1), ("*", lambda: [1] * 1.5),
              ("/", lambda: "a" / 2), ("**", lambda: None ** 2), ("unary -", lambda: -"a"),
              ("~", lambda: ~1.5), ("%", lambda: [] % 2), ("@", lambda: 1 @ 2)]:
    try:
        f()
    except TypeError as e:
        print(op, "->", e)
