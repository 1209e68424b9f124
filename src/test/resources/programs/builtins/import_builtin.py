m = __import__("math")
print(m.sqrt(16), m.__name__)
import sys
print("math" in sys.modules, sys.modules["math"] is m)
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import no_such_module_abc
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
