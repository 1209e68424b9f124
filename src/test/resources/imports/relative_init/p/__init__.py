from . import sib
from .q import deep
from .q.deep import D
VAL = sib.S + D
