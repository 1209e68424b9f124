print("_pkg.sub.leaf executing as", __name__)
from . import sibling
from .. import util
from ..util import helper as h
def describe():
    return "leaf uses " + sibling.NAME + " and " + h()
