class Outer:
    class Inner:
        pass
    def method(self):
        pass
print(Outer.__name__, Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.method.__qualname__)
o = Outer()
print(o.__class__ is Outer, o.__class__.__name__, type(o).__qualname__)
print(Outer.__dict__["method"].__name__, "method" in Outer.__dict__)
print(isinstance(Outer.Inner(), Outer.Inner))
def f():
    class Local:
        pass
    return Local
print(f().__qualname__)
