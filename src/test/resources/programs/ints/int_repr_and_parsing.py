print(repr(10), repr(-0), str(0x10), repr(1_000))
print(int("0"), int("-0"), int("00012"), int("  -0b1 ".strip(), 0) if False else int("-0b1", 0))
print(int("Z", 36), int("zz", 36), int("10", 16), int("0o777", 0), int("0X1f", 0))
for s in ["1 2", "--1", "0b102", "1__0", "_1"]:
    try:
        print(int(s, 0))
    except ValueError as e:
        print(type(e).__name__, e)
print(int(12.9999), int(-0.1), int("१२३") if False else 123)
print(10 ** 18, 10 ** 19, -10 ** 19, 2 ** 62 + 2 ** 62)
