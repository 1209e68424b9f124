def risky(n):
    try:
        if n == 0:
            raise ValueError("zero")
    except ValueError:
        print("handling", n)
        return "handled"
    else:
        if n == 1:
            raise KeyError("from else")
        return "ok"
    finally:
        print("finally", n)
for n in range(3):
    try:
        print(risky(n))
    except KeyError as e:
        print("caller caught", repr(e), e.__context__)
