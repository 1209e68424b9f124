class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return None
with Suppress(KeyError):
    {}["missing"]
print("continued after suppression")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
class BadExit:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("body")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never called")
try:
    with EnterFails():
        print("never")
except OSError as e:
    print(type(e).__name__, e)
class Tracker:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("tb is None:", tb is None, "ev:", repr(ev))
with Tracker():
    pass
