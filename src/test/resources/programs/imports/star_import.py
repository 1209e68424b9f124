from _star_mod import *
print(public_a, shared)
try:
    public_b
except NameError as e:
    print(type(e).__name__, e)
from _no_all_mod import *
print(visible)
try:
    _hidden
except NameError as e:
    print(type(e).__name__, e)
