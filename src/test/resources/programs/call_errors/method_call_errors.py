class Shape:
    def area(self):
        return 0
    def scale(self, factor, *, center=False):
        return factor
s = Shape()
for call in [lambda: s.area(1), lambda: s.scale(), lambda: s.scale(1, 2), lambda: s.scale(1, centre=True),
             lambda: Shape.area(), lambda: Shape.scale(s), lambda: s.area.nope]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Init:
    def __init__(self, a, b=1):
        pass
for call in [lambda: Init(), lambda: Init(1, 2, 3), lambda: Init(1, c=2), lambda: object(1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
