class Temperature:
    def __init__(self):
        self._c = 0.0
    def _get_f(self):
        return self._c * 9 / 5 + 32
    def _set_f(self, f):
        self._c = (f - 32) * 5 / 9
    fahrenheit = property(_get_f, _set_f, None, "temp in F")
    @property
    def celsius(self):
        return self._c
t = Temperature()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
print(Temperature.fahrenheit.__doc__)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 99
l = Lazy()
print(l.value, l.value, l.computed)
try:
    del l.value
except AttributeError as e:
    print(type(e).__name__, e)
class Err:
    @property
    def broken(self):
        raise KeyError("inside getter")
try:
    Err().broken
except KeyError as e:
    print(type(e).__name__, e)
