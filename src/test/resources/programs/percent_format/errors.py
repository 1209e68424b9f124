cases = [
    lambda: "%d" % "x",
    lambda: "%s %s" % ("a",),
    lambda: "%s" % ("a", "b"),
    lambda: "%z" % 1,
    lambda: "%(k)s" % {},
    lambda: "%c" % "ab",
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
print("%s" % 3.0, "%r" % 3.0, "%d" % 2**70)
