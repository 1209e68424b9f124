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
}
