import sys, os
here = os.path.dirname(os.path.abspath(__file__))
def show(e):
    print(type(e).__name__ + ':', str(e).replace(here, 'DIR'), '| name =', e.name)
for stmt in ['import nosuch', 'import nosuch.sub', 'import pkg.nosuch', 'import pkg.mod.deeper',
             'from pkg import nosuch', 'from pkg.mod import nosuch', 'from . import x', 'from .x import y',
             'import failing', 'from pkg import failing_sub']:
    try:
        exec(stmt, {'__name__': '__main__'})
    except ImportError as e:
        show(e)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
print('failing' in sys.modules, 'pkg.failing_sub' in sys.modules, hasattr(sys.modules['pkg'], 'failing_sub'))
try:
    exec('from ... import z', {'__name__': 'pkg.mod', '__package__': 'pkg'})
except ImportError as e:
    show(e)
try:
    exec('from .. import z', {'__name__': 'pkg.mod', '__package__': 'pkg'})
except ImportError as e:
    show(e)
try:
    import failing
except ZeroDivisionError as e:
    print('again', e, 'failing' in sys.modules)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    show(e)
