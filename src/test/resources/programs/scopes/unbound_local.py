count = 5
def broken():
    print(count)
    count = 1
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def del_then_use():
    v = 1
    del v
    return v
try:
    del_then_use()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def cond(flag):
    if flag:
        y = 1
    return y
print(cond(True))
try:
    cond(False)
except NameError as e:
    print(type(e).__name__, isinstance(e, UnboundLocalError), e)
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
free_unbound()
print(issubclass(UnboundLocalError, NameError))
