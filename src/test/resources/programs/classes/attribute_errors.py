class Thing:
    def __init__(self):
        self.a = 1
t = Thing()
try:
    t.b
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Thing.zzz
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".nope()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
import math
try:
    math.nothing
except AttributeError as e:
    print(type(e).__name__, e)
