def check(v):
    if v < 0:
        raise ValueError("negative: %d" % v)
    return v
def wrapper(v):
    try:
        return check(v)
    except ValueError:
        print("logging and re-raising")
        raise
try:
    wrapper(-1)
except ValueError as e:
    print("outer got", e)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        err = e
    raise err
except KeyError as e2:
    print("reraised stored", e2 is err)
try:
    raise RuntimeError("boom")
except RuntimeError as e:
    print(type(e).__name__, e.args, str(e), repr(e))
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
class Custom(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise Custom(7)
except Custom as e:
    print(e, e.code, e.args)
