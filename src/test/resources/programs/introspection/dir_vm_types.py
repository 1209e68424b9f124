import sys
class C:
    def m(self): pass
def f(): pass
def g():
    yield 1
gen = g()
fr = sys._getframe() if hasattr(sys, '_getframe') else None
try:
    1/0
except Exception as e:
    tb = e.__traceback__
def mk():
    x = 1
    def inner(): return x
    return inner
cell = mk().__closure__[0]
objs = [('method', C().m), ('gen', gen), ('func', f), ('code', f.__code__), ('tb', tb), ('frame', tb.tb_frame), ('cell', cell), ('type', type),
  ('super', super(C, C())), ('listiter', iter([])), ('tupleiter', iter(())), ('dictkeyiter', iter({})), ('dictvaliter', iter({}.values())), ('dictitemiter', iter({}.items())),
  ('rangeiter', iter(range(3))), ('reversed', reversed([1])), ('zip', zip()), ('map', map(abs, [])), ('filter', filter(None, [])), ('enumerate', enumerate([])),
  ('strit', iter('')), ('setiter', iter(set())), ('bytesiter', iter(b'')), ('listrevit', reversed([])), ('rangerev', reversed(range(2))), ('builtin', len), ('builtinmeth', [].append),
  ('property', property()), ('ctype', C)]
for name, o in objs:
    print(name, type(o).__name__)
    names = set(dir(o))
    if o is type:
        names -= {'__or__', '__ror__'}  # X | Y unions are not in minipy's subset
    if name == 'code':
        names -= {'co_exceptiontable', 'co_linetable', 'co_lnotab', 'replace'}  # not in minipy yet
    print(sorted(names))

class K:
    x: int
print(K.__annotations__, C.__annotations__, type(C.__flags__).__name__, C.__flags__ & (1 << 9) != 0, int.__flags__ & (1 << 9))
print(C.__basicsize__, C.__itemsize__, int.__basicsize__, int.__itemsize__, object.__text_signature__, C.__text_signature__)
for t in (C, int, bytes, tuple, list, dict, object):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__, bool(t.__flags__ & (1 << 10)))
try:
    int.__annotations__
except AttributeError as e: print(e)
try:
    C.__abstractmethods__
except AttributeError as e: print(e)
C.__abstractmethods__ = frozenset(); print(C.__abstractmethods__)
m = C().m
print(m.__func__ is C.m, type(m.__self__).__name__, m.__doc__, type(m).__call__(m))
def g2():
    yield 1
    yield 2
x = g2()
print(x.gi_suspended, x.gi_running, x.__name__, next(x), x.gi_suspended, x.gi_frame.f_code.co_name)
x.__name__ = 'renamed'; x.__qualname__ = 'Q.renamed'; print(x.__name__, x.__qualname__, repr(x).split(' at ')[0])
list(x); print(x.gi_suspended, x.gi_frame)
fr = tb.tb_frame
print(fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes)
fr.f_trace_opcodes = True; print(fr.f_trace_opcodes)
print(dir(tb), tb.tb_next)
try:
    tb.tb_next = 5
except TypeError as e: print(e)
try:
    tb.tb_next = tb
except ValueError as e: print(e)
print(f.__code__._varname_from_oparg(0) if f.__code__.co_varnames else 'none', f.__code__._co_code_adaptive == f.__code__.co_code)
def h(a, b): return a
print(h.__code__._varname_from_oparg(1))
def gen3():
    try:
        yield 1
    finally:
        print('finally ran')
y = gen3(); next(y); y.gi_frame.clear(); print(y.gi_frame)
