class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return self.name + ": " + self.speak()
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def speak(self):
        return "ROAR (" + Cat.speak(self) + ")"
for a in [Animal("generic"), Cat("tom"), Lion("leo")]:
    print(a.describe())
print([c.__name__ for c in Lion.__mro__])
print(Lion.__base__.__name__, isinstance(Lion("x"), Animal))
class Base:
    x = "base x"
class Derived(Base):
    pass
print(Derived.x, Derived().x)
Base.x = "changed"
print(Derived.x)
