# CPython 3.11 appends "Did you mean" hints when it prints an uncaught NameError/AttributeError
class Point:
    def __init__(self):
        self.x_coord = 1

def area(width, height):
    return width * heigth

try:
    Point().x_cord
except AttributeError as e:
    print("str() has no hint:", e)
print(area(2, 3))
