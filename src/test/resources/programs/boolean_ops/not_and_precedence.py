for a in (True, False):
    for b in (True, False):
        print(a, b, a and b, a or b, not a or b, not (a and b), a and not b)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(True and 1 < 2, False or 1 > 2)
print(None or 0 or "" or "found", 1 and "x" and [0])
