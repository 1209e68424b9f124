from .. import util
from ..util import twice
from . import __name__ as pkgname
from .. import helper
import app.util
RESULT = (__name__, __package__, twice(21), util is app.util, helper())
