assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
def positive(x):
    assert x > 0, f"expected positive, got {x}"
    return x
print(positive(3))
try:
    positive(-1)
except AssertionError as e:
    print(e)
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print(calls)
