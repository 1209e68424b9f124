try:
    import _does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _pkg.nothing_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import sys
try:
    import _failing_mod
except ZeroDivisionError as e:
    print("import raised", type(e).__name__, e)
print("_failing_mod" in sys.modules)
