data = {"name": "Widget", "price": 9.5, "qty": 3}
print("%(name)s costs $%(price).2f x %(qty)d = $%(total)08.3f" % dict(data, total=data["price"] * data["qty"]))
for v in [0.0, 1.0, -1.5, 1234.5678, 1e-5, 1e16, float("inf"), float("nan")]:
    print("%f|%.1f|%e|%g|%10.3g|%-8.2f|" % (v, v, v, v, v, v))
print("%s %s" % ("tuple", (1, 2)) if False else "%s" % ((1, 2),))
print("%5s|%-5s|%.1s" % ("ab", "cd", "ef"))
print("%x" % 3735928559, "%o" % 511, "%X" % -255)
