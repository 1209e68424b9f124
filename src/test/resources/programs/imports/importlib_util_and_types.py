import importlib.util
import types
import marshal
import sys
magic = importlib.util.MAGIC_NUMBER
print(type(magic).__name__, len(magic), magic[-2:] == b"\r\n")
cached = importlib.util.cache_from_source("/proj/pkg/mod.py")
print(cached.startswith("/proj/pkg/__pycache__/mod."), cached.endswith(".pyc"))
print(importlib.util.source_from_cache(cached))
spec = importlib.util.spec_from_file_location("_loaded_by_spec", "_helper_mod.py")
mod = importlib.util.module_from_spec(spec)
print(type(mod).__name__, mod.__name__, isinstance(mod, types.ModuleType))
spec.loader.exec_module(mod)
print(mod.VALUE, mod.greet("spec"))
m = types.ModuleType("fresh")
m.x = 1
print(m.__name__, m.x, type(m) is types.ModuleType)
def f(a, b=1):
    return a + b
print(isinstance(f, types.FunctionType), isinstance(f.__code__, types.CodeType), isinstance(len, types.FunctionType))
for const in [1, -5, 2**80, 1.5, "text", b"bytes", (1, "a", None), None, True, [1, 2], {"k": 1}]:
    print(repr(const), marshal.loads(marshal.dumps(const)) == const)
code = compile("result = 6 * 7", "<marshal>", "exec")
ns = {}
exec(marshal.loads(marshal.dumps(code)), ns)
print(ns["result"])
co = f.__code__
print(co.co_name, co.co_argcount, co.co_varnames, co.co_firstlineno, co.co_filename.endswith("importlib_util_and_types.py"))
