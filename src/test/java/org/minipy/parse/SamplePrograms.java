package org.minipy.parse;

/** Ordinary Python programs for the front end's regression and timing checks. */
final class SamplePrograms {
    private SamplePrograms() {
    }

    /** Most of the subset's syntax in one program (valid under CPython 3.11). */
    static final String KITCHEN_SINK = """
            # A program touching most of the syntax.
            from __future__ import annotations
            import sys, os.path as osp
            from ..pkg.mod import (a as b, c,)
            from . import *

            X, Y = 1_000, 0x_FF
            Z: dict[str, int] = {'a': 1, **{}, "b": 2}
            S = {1, 2, *range(3)}
            T = ()
            U = (1,)
            F = 1.5e-3 + .5 + 5. + 0o17 + 0b1010 - ~3 ** -2
            B = b'\\x00' rb'\\n' + b"x"
            R = r'\\d+' '\\t' '''multi
            line''' \"""doc\"""
            M = f'{X!r:>{Y}} {Z["a"]=} {{}}' F"{F:.2f}" rf'{B}\\n'


            @decorator(arg=1)
            @other
            class Point(Base, metaclass=Meta):
                '''A point.'''
                __slots__ = ('x', 'y')
                count: int = 0

                def __init__(self, x=0, y=0, /, *args, scale=1.0, **kw) -> None:
                    super().__init__(*args, **kw)
                    self.x, self.y = x * scale, y * scale
                    Point.count += 1

                @property
                def norm(self):
                    return (self.x ** 2 + self.y ** 2) ** 0.5

                def __lt__(self, other): return self.norm < other.norm


            def gen(n, *, step=1):
                global X
                i = 0
                while True:
                    if i >= n:
                        break
                    elif i % 2 == 0 and not i in (3, 5) or i is None:
                        i += step
                        continue
                    else:
                        yield i
                    received = yield
                    i += step
                else:
                    pass
                yield from range(3)


            def outer():
                v = []
                def inner(k):
                    nonlocal v
                    v = v + [k]
                    return lambda a, b=2, *c, d, **e: (a, b, c, d, e)
                return inner


            def work(data):
                squares = [x * x for x in data if x > 0 if x < 100]
                pairs = {(i, j) for i in range(3) for j in range(i)}
                index = {k: v for k, v in enumerate(data)}
                total = sum(x for x in data)
                first, *rest = data or [0]
                data[1:2] = data[::2] = data[:]
                del data[0], index[0]
                assert total >= 0, f'negative {total}'
                try:
                    r = 1 / 0
                except (ZeroDivisionError, ValueError) as e:
                    raise RuntimeError('no') from e
                except Exception:
                    raise
                else:
                    r = None
                finally:
                    r = r if r is not None else -1
                with open(__file__) as fh, open(__file__):
                    text = fh.read()
                with (open(__file__) as a,
                      open(__file__) as b):
                    pass
                if (n := len(text)) > 10 and n != 11 and 0 <= n < 10 ** 9:
                    print(n, end='', sep=' ', file=sys.stderr)
                x = y = z = [1, 2][0] << 2 >> 1 & 3 | 4 ^ 5
                x @= y; y //= 2; z **= 2; x %= 3; x |= 1; x &= 1; x ^= 1; x <<= 1; x >>= 1; x -= 1; x /= 1
                matrix = [[0] * 3 for _ in range(3)]
                return matrix[0][1], Point(1, 2).norm, ..., None, True, False


            for i, (a, b) in enumerate([(1, 2)]):
                print(i, a, b)
            else:
                print("done")

            if __name__ == '__main__':
                sys.exit(work([3, 1, 2]) and 0)
            """;

    /** Binary operators of every precedence level, mixed (expr is one flat rule: the builder orders them). */
    static final String PRECEDENCE = """
            x0 = (c + d) - a ^ (k | l)
            x1 = h[1]
            x2 = a / -e | b1 - i.j ^ -e
            x3 = (k | l)
            x4 = a % b1 << ~m | ~m
            x5 = i.j | -e | (k | l) & f ** g - (c + d)
            x6 = b1 % f ** g / (c + d) ^ ~m % -e
            x7 = b1 / b1 % a
            x8 = -e * (k | l) - h[1] * ~m * h[1]
            x9 = -e & -e ^ ~m
            x10 = (k | l) * h[1] @ 2
            x11 = ~m ^ b1 / i.j
            x12 = h[1] & 2
            x13 = a // b1 / ~m + h[1]
            x14 = h[1] % 2 % 2 ^ b1 >> 2 @ b1
            x15 = f ** g
            x16 = ~m // 2 >> i.j // h[1] | 2 + (c + d)
            x17 = b1 * a << f ** g & -e - i.j
            x18 = 2 ^ (c + d) * i.j / f ** g & i.j / f ** g @ i.j
            x19 = i.j << (c + d) ^ (c + d)
            x20 = -e // -e
            x21 = 2
            x22 = ~m & f ** g >> a & i.j / h[1] % ~m + (c + d)
            x23 = (k | l) % a * (k | l) - i.j - i.j ^ 2
            x24 = i.j | -e ^ -e * (c + d) ^ h[1] % a
            x25 = a
            x26 = (c + d) / b1 + ~m | b1 << ~m
            x27 = (c + d) // f ** g + ~m + 2
            x28 = b1
            x29 = 2 * 2 * f ** g ^ (c + d) ^ h[1] @ f ** g * (c + d)
            x30 = a << (k | l) + (c + d) @ (k | l) | (k | l)
            x31 = b1 @ f ** g / h[1]
            x32 = h[1] << (k | l)
            x33 = (k | l) + -e % -e << i.j @ -e
            x34 = (k | l) * h[1]
            x35 = a | f ** g * f ** g << ~m + 2 @ h[1]
            x36 = b1 << b1 << 2
            x37 = h[1] << 2
            x38 = ~m | 2 // h[1] // b1 // b1
            x39 = -e * (c + d) - h[1] ^ i.j
            """;

    /** and/or/not mixed (or_test is one flat rule: the builder groups the and-runs). */
    static final String BOOLEANS = """
            y0 = f(l) or k is not None and (c or d) or (c or d)
            y1 = k is not None
            y2 = (c or d) and f(l) and not (i and j)
            y3 = (c or d) and f(l) and a and e < f
            y4 = a or x ** 2
            y5 = e < f and g and h or a and k is not None
            y6 = g and h or f(l) and g and h or e < f or a and not b
            y7 = not b or not (i and j) and a and e < f
            y8 = a or not (i and j)
            y9 = not (i and j) or not b and g and h or not b or x ** 2 and not (i and j)
            y10 = (c or d)
            y11 = not b and a
            y12 = k is not None and f(l) and k is not None and (c or d)
            y13 = not (i and j) and not (i and j) or e < f and g and h
            y14 = g and h and e < f and not (i and j) and a and e < f
            y15 = g and h and x ** 2 or not (i and j) and not b
            y16 = e < f
            y17 = e < f and x ** 2 or k is not None and k is not None and not (i and j)
            y18 = (c or d) or e < f
            y19 = e < f and (c or d) and not (i and j) or not b or a
            y20 = not b
            y21 = f(l)
            y22 = e < f or g and h or k is not None
            y23 = f(l) and not b and e < f
            y24 = f(l) and g and h and e < f and not b
            y25 = not (i and j) or e < f and a
            y26 = g and h or f(l)
            y27 = (c or d) and x ** 2 and k is not None or f(l) and a
            y28 = k is not None
            y29 = g and h and a and k is not None
            """;
}
