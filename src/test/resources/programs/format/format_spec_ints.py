for v in [0, 7, -7, 255, 123456789]:
    print(format(v, "d"), format(v, "5d"), format(v, "<5"), format(v, "^7"), format(v, "+d"), format(v, " d"))
print(format(255, "x"), format(255, "#x"), format(255, "X"), format(255, "#o"), format(5, "#b"), format(5, "08b"))
print(format(1234567, ","), format(1234567, "_"), format(-1234567, ",d"), format(0xdeadbeef, "_x"))
print(format(42, "*^9"), format(42, "0>6"), format(-42, "06"), format(-42, "=6"))
print(format(65, "c"))
print(format(True, "d"), format(10, ""))
print(format(12, "e"), format(12, ".1%"), format(7, "f"))
try:
    format(1, "Q")
except ValueError as e:
    print(type(e).__name__, e)
