import sys, os
import app.sub.leaf
import app.util as u
from app import util, helper
from app.sub import leaf as L
here = os.path.dirname(os.path.abspath(__file__))
def rel(p):
    return None if p is None else p.replace(here, 'DIR')
print(app.sub.leaf is L, u is util, app.util is u, 'app.sub' in sys.modules)
for m in (app, app.sub, app.sub.leaf, app.util):
    print(m.__name__, m.__package__, rel(m.__file__), m.__spec__.name, m.__spec__.parent,
          rel(m.__spec__.origin), m.__spec__.has_location,
          [rel(p) for p in getattr(m, '__path__', [])],
          os.path.basename(os.path.dirname(m.__cached__)), type(m.__loader__).__name__)
print(L.RESULT)
print(helper())
from app import *
print(sorted(k for k in dir() if not k.startswith('__')))
from app.star_all import *
print(public, _private_listed)
try:
    print(hidden)
except NameError as e:
    print(e)
from app.star_plain import *
print(visible)
try:
    print(_underscored)
except NameError as e:
    print(e)
import app.sub
print(app.sub.__name__, hasattr(app, 'sub'), hasattr(app.sub, 'leaf'))
