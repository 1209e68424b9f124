import importlib, importlib.util, sys, os, types
here = os.path.dirname(os.path.abspath(__file__))
m = importlib.import_module('pkg.mod')
print(m.__name__, m is sys.modules['pkg.mod'], importlib.import_module('.mod', 'pkg') is m)
print(importlib.import_module('..mod', 'pkg.sub') is m)
for args in [('.mod',), ('...x', 'pkg')]:
    try:
        importlib.import_module(*args)
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e)
print(importlib.invalidate_caches())
print(len(importlib.util.MAGIC_NUMBER), importlib.util.MAGIC_NUMBER[2:])
print(importlib.util.source_from_cache('/a/b/__pycache__/c.anytag.pyc'))
for p in ['/a/b/c.pyc', '/a/__pycache__/c.pyc', '/a/__pycache__/c.x.opt-.pyc', '/a/__pycache__/c.x.y.pyc']:
    try:
        importlib.util.source_from_cache(p)
    except ValueError as e:
        print('ValueError', e)
print(os.path.basename(importlib.util.cache_from_source('/a/b.py')).split('.')[0], os.path.dirname(importlib.util.cache_from_source('/a/b.py')))
spec = importlib.util.spec_from_file_location('loose', os.path.join(here, 'loose.py'))
print(spec.name, spec.origin.replace(here, 'DIR'), spec.parent, spec.submodule_search_locations, spec.has_location)
mod = importlib.util.module_from_spec(spec)
print(isinstance(mod, types.ModuleType), mod.__name__, mod.__file__.replace(here, 'DIR'), 'loose' in sys.modules)
spec.loader.exec_module(mod)
print(mod.LOOSE, type(spec.loader).__name__, spec.loader.get_filename().replace(here, 'DIR'), spec.loader.is_package('loose'))
print(importlib.util.spec_from_file_location('x', 'x.txt'))
pspec = importlib.util.spec_from_file_location('pkg', os.path.join(here, 'pkg', '__init__.py'))
print([p.replace(here, 'DIR') for p in pspec.submodule_search_locations], pspec.parent)
t = types.ModuleType('made')
print(t, t.__name__, t.__doc__, t.__spec__)
print(importlib.util.find_spec('pkg.mod').name, importlib.util.find_spec('nosuchthing'))
