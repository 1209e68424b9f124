def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "ZeroDivisionError clause"
    except ArithmeticError:
        return "ArithmeticError clause"
    except (KeyError, IndexError) as e:
        return "lookup clause " + type(e).__name__
    except Exception as e:
        return "generic " + type(e).__name__
for exc in [ZeroDivisionError(), OverflowError(), KeyError(1), IndexError(), ValueError(), NotImplementedError()]:
    print(classify(exc))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised:", e)
try:
    raise NotImplementedError("subclass must implement")
except RuntimeError as e:
    print(type(e).__name__, e)
