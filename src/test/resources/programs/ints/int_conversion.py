print(int("42"), int("-17"), int("  8  "), int("+3"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0b101", 0), int("z", 36))
print(int(3.9), int(-3.9), int(True), int(1e20))
print(int("10", base=2), int())
for bad in ["abc", "", "1.5", "12a", " ", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("5", 99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
