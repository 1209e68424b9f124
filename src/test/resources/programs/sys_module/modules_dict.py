import sys
import math
print(sys.modules["math"] is math)
mod = sys.modules[__name__]
mod.added = 5
print(added)
print(type(sys.modules).__name__)
print(sorted(k for k in ["sys", "math", "builtins"] if k in sys.modules))
