# A program split over a package: run it as `java -jar target/minipy.jar examples/pkgdemo/main.py`.
from geometry import shapes
from geometry.vectors import Vector

v = Vector(3, 4)
print(v, abs(v))
print(shapes.describe(v))
