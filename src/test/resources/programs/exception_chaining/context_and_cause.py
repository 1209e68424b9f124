try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(repr(v), repr(v.__cause__), v.__suppress_context__, repr(v.__context__))
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as r:
    print(repr(r), repr(r.__context__), r.__cause__, r.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("no context") from None
except TypeError as t:
    print(repr(t), t.__cause__, repr(t.__context__), t.__suppress_context__)
try:
    raise ValueError("a") from KeyError("b")
except ValueError as v:
    print(repr(v.__cause__), v.__context__)
def nested():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError:
            raise TypeError(3)
try:
    nested()
except TypeError as t:
    print(repr(t), repr(t.__context__), repr(t.__context__.__context__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
