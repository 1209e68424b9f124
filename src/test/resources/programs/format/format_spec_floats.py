vals = [0.0, 1.5, -2.25, 3.14159265, 1e10, 1.23e-7, 100.0]
for v in vals:
    print(format(v, ""), format(v, ".2f"), format(v, ".3e"), format(v, ".4g"), format(v, "g"), format(v, "10.1f"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f"))
print(format(1234.5678, ",.2f"), format(0.25, "%"), format(0.25, ".1%"))
print(format(float("inf"), "f"), format(float("-inf"), ".2e"), format(float("nan"), "g"))
print(format(3.0, "+.1f"), format(-0.0, ".1f"), format(1e-5, "g"), format(123456789.0, "g"))
print(format(2.5, "08.2f"), format(-2.5, "<8.1f") + "|", format(1.0, "#g"))
print(format(1e300 * 10, ".1f"))
