# The build runs this program once with -XX:ArchiveClassesAtExit to write target/minipy.jsa:
# every interpreter class it loads goes into the class-data archive that the launcher hands
# to the JVM, so later runs start without loading and verifying them again. It touches the
# common parts of the language, the builtins and the standard modules, and ends with an
# uncaught exception so that the traceback printer is archived too (exit status 1).
import sys
import os
import os.path
import math
import random
import time
import types


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    @property
    def label(self):
        return self.name.upper()

    @staticmethod
    def unit():
        return 1

    @classmethod
    def make(cls, name):
        return cls(name)


class Square(Shape):
    sides = 4

    def __init__(self, name, side):
        super().__init__(name)
        self.side = side

    def area(self):
        return self.side ** 2

    def __eq__(self, other):
        return isinstance(other, Square) and self.side == other.side

    def __hash__(self):
        return hash(self.side)

    def __lt__(self, other):
        return self.side < other.side


def counter(start):
    n = start

    def step(k=1, *rest, **named):
        nonlocal n
        n += k + len(rest) + len(named)
        return n
    return step


def fib_gen(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b


def delegate():
    got = yield from fib_gen(50)
    return got


class Managed:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        return kind is KeyError


def main():
    shapes = [Square("s%d" % i, i) for i in range(10)]
    print(sorted(shapes, key=lambda s: -s.side)[:2], shapes[3].label, Shape.make("x"))
    print({s: s.area() for s in shapes if s.side % 2}, {s.side for s in shapes})
    step = counter(10)
    print(step(), step(2, 3, 4, x=1), list(fib_gen(100)), sum(x * x for x in range(20)))
    g = delegate()
    print(next(g), g.send(None), list(g))
    try:
        {}["missing"]
    except KeyError as e:
        print("caught", repr(e))
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("chained") from e
    except ValueError as e:
        print(e, e.__cause__)
    finally:
        print("finally")
    with Managed() as m:
        raise KeyError("suppressed")
    text = "The quick brown fox jumps over the lazy dog"
    words = text.lower().split()
    counts = {}
    for w in words:
        counts[w[:1]] = counts.get(w[:1], 0) + 1
    print(" ".join(reversed(words)), counts, text.replace("o", "0").strip().title())
    print("{:>10}|{:<8.3f}|{:,}|{:x}|{:08b}".format("right", math.pi, 10 ** 12, 255, 5))
    print(f"{2 ** 100} {1e16} {0.1 + 0.2} {float('inf')} {-7 // 2} {divmod(17, 5)} {round(2.675, 2)}")
    print("%s %r %5d %-6.2f %e" % ("s", "r", 42, 2.5, 12345.678))
    print(math.sqrt(2), math.floor(-2.5), math.gcd(12, 18), abs(-3), min(3, 1, 2), max([4, 9]))
    random.seed(1)
    print(random.random(), random.randint(1, 6), random.choice("abc"), random.sample(range(10), 3))
    print(type(time.time()), os.path.join("a", "b"), os.path.basename(__file__), sys.version_info[0])
    print(tuple(zip("ab", [1, 2])), list(enumerate("xy")), list(map(str, range(3))), any([]), all([]))
    print(bytes(b"ab") + b"c", int("ff", 16), str(3.0), bool(0), chr(65), ord("A"))
    data = [(3, "c"), (1, "a"), (2, "b")]
    data.sort()
    a, *rest = data
    print(a, rest, data.index((2, "b")), data.count(1), isinstance(a, tuple), hasattr(a, "x"))
    exec(compile("y = [i for i in range(3)]\nprint(y)", "<training>", "exec"))
    print(eval("1 + 2 * 3"), types.ModuleType("m"), sys.getrecursionlimit())
    assert len(words) == 9, "nine words"
    del counts["t"]
    print(globals()["Shape"].__name__, callable(main), id(main) > 0, frozenset([1]))
    x = None
    x.missing_attribute


main()
