import _helper_mod
print(_helper_mod.VALUE, _helper_mod.greet("x"), _helper_mod.Thing())
import _helper_mod
print("second import did not re-run")
import _helper_mod as hm
print(hm is _helper_mod, hm.__name__)
print(hm.bump(), hm.bump(), _helper_mod.counter)
import sys
print("_helper_mod" in sys.modules, type(hm).__name__)
print(hm.__file__.endswith("_helper_mod.py"), hm.__doc__)
