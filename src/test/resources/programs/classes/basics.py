class Dog:
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def speak(self):
        return self.name + " says woof"
d = Dog("Rex")
e = Dog("Fido")
print(d.speak(), e.speak(), Dog.count, d.count)
print(d.species, Dog.species)
d.species = "own"
print(d.species, e.species, Dog.species)
print(type(d).__name__, type(d) is Dog, isinstance(d, Dog), isinstance(1, Dog))
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
m = d.speak
print(m(), m.__name__, m.__self__ is d)
print(Dog.speak(e))
print(sorted(vars(d)), d.__dict__)
print(hasattr(d, "name"), hasattr(d, "nope"), getattr(d, "nope", "default"))
setattr(d, "age", 3)
print(d.age)
delattr(d, "age")
print(hasattr(d, "age"))
class Empty:
    pass
o = Empty()
o.x = 1
print(o.x, type(o).__name__)
