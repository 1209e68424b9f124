import _pkg.sub.leaf
print(_pkg.PKG_LEVEL)
print(_pkg.sub.leaf.describe())
import _pkg.util as u
print(u.helper(), u.__name__)
from _pkg.sub import sibling
print(sibling.NAME, sibling.__name__)
from _pkg import util
print(util is u)
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
print(_pkg.sub.leaf.__package__, _pkg.__package__)
