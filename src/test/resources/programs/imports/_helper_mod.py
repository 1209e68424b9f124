"""A helper module for the import tests (not a test itself)."""
print("_helper_mod executing, __name__ =", __name__)
VALUE = 42
_private = "hidden"
def greet(name):
    return "hello " + name
class Thing:
    def __repr__(self):
        return "Thing()"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
