class NoIter:
    pass
try:
    for x in NoIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class Half:
    def __iter__(self):
        return self
try:
    next(Half())
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = NoIter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in NoIter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoIter()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoIter()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
