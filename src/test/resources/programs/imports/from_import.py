from _helper_mod import VALUE, greet as hello, Thing
print(VALUE, hello("y"), Thing())
from _helper_mod import bump, counter
bump()
print(counter)
import _helper_mod
print(_helper_mod.counter)
try:
    from _helper_mod import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
