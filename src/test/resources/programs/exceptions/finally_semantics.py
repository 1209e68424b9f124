log = []
def f():
    try:
        log.append("try")
        raise ValueError("lost?")
    finally:
        log.append("finally")
        return "finally wins"
print(f(), log)
def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            log.append("g finally %d" % i)
    return i
print(g(), log[-2:])
def h():
    try:
        return "try value"
    finally:
        print("finally runs before return completes")
print(h())
def exc_in_finally():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
try:
    exc_in_finally()
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
x = 0
try:
    x = 1
finally:
    x += 10
print(x)
