g_val = 1
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print("g_val" in globals(), globals()["g_val"], globals()["__name__"])
globals()["injected"] = "via globals()"
print(injected)
def outer():
    v = 1
    def inner():
        return v
    return sorted(locals())
print(outer())
print(type(globals()).__name__, __name__)
