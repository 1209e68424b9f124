def run(x):
    try:
        print("try", x)
        r = 10 // x
    except ZeroDivisionError as e:
        print("except", e)
        return "from except"
    else:
        print("else", r)
        return "from else"
    finally:
        print("finally", x)
print(run(2))
print(run(0))
def nested():
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            print("not here")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
nested()
try:
    raise TypeError("t")
except (ValueError, TypeError) as e:
    print("tuple clause", type(e).__name__)
try:
    [][0]
except LookupError as e:
    print("base class clause", type(e).__name__)
try:
    {}["k"]
except Exception:
    print("bare Exception clause")
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("e was deleted:", err)
