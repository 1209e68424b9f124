for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(),
          KeyError(1, 2), IndexError(3), StopIteration(5), SystemExit(2), OSError("x"),
          Exception(None), Exception(""), RuntimeError(["l"])]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
e = ValueError("orig")
e.args = ("changed", 1)
print(e, e.args)
try:
    raise KeyError("quoted key")
except KeyError as k:
    print(k, str(k), k.args[0])
print(isinstance(ValueError(), BaseException), ValueError.__name__)
ex = Exception("msg")
print(ex.__cause__, ex.__context__, ex.__traceback__, ex.__suppress_context__)
