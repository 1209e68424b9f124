g = 0
def bump():
    global g
    g += 1
bump(); bump()
print(g)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def read_only():
    return g * 10
print(read_only())
def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
        def innermost():
            nonlocal x
            x += 10
        innermost()
    inner()
    return x
print(outer())
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def uses_builtin():
    return len("abc")
len_backup = len
def shadow_builtin():
    len = lambda s: -1
    return len("abc")
print(uses_builtin(), shadow_builtin(), len("ab"))
class C:
    attr = g
    def method(self):
        return attr_lookup()
def attr_lookup():
    return "module function"
print(C.attr, C().method())
