try:
    print(f"{1:d} {'x':d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{undefined_in_fstring}")
except NameError as e:
    print(type(e).__name__, e)
try:
    print(f"{1 / 0}")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(f"{3.5:d}")
except ValueError as e:
    print(type(e).__name__, e)
