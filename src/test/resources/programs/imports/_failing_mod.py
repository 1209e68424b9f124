print("_failing_mod starts")
x = 1 / 0
