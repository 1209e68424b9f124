"""CPython's figures for the work of benchmarks/org/minipy/bench/ImportBench.java.

Run from the repository root: python3 benchmarks/cpython_import_bench.py
(a) PyImport_ExecCodeModule (through ctypes.pythonapi) of the precompiled module_exec.py body
into a fresh module; (b) importing it from its __pycache__ file vs from source; (c) the import
statement for a module already in sys.modules; (d) compile(). Times in microseconds per call.
"""
import ctypes
import importlib
import os
import shutil
import sys
import tempfile
import timeit

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_FILE = os.path.join(HERE, 'resources', 'module_exec.py')
NAME = 'bm_module'


def best(stmt, number, repeat=7):
    return min(timeit.repeat(stmt, number=number, repeat=repeat)) / number * 1e6


def main():
    # the cache must be written even where PYTHONDONTWRITEBYTECODE is set
    sys.dont_write_bytecode = False
    with open(SOURCE_FILE) as f:
        source = f.read()
    tmp = tempfile.mkdtemp(prefix='cpython-bench')
    try:
        path = os.path.join(tmp, NAME + '.py')
        with open(path, 'w') as f:
            f.write(source)
        sys.path.insert(0, tmp)
        code = compile(source, path, 'exec')

        exec_code_module = ctypes.pythonapi.PyImport_ExecCodeModule
        exec_code_module.argtypes = [ctypes.c_char_p, ctypes.py_object]
        exec_code_module.restype = ctypes.py_object
        bname = NAME.encode()

        def a():
            sys.modules.pop(NAME, None)
            exec_code_module(bname, code)

        importlib.import_module(NAME)  # writes the cache file
        pyc = importlib.util.cache_from_source(path)
        assert os.path.exists(pyc), 'no cache file written'

        def b_cache():
            sys.modules.pop(NAME, None)
            importlib.import_module(NAME)

        def b_source():
            sys.modules.pop(NAME, None)
            try:
                os.remove(pyc)
            except FileNotFoundError:
                pass
            importlib.import_module(NAME)

        importlib.import_module(NAME)
        ns = {'__name__': '__main__'}
        import_stmt = compile('import ' + NAME, '<bench>', 'exec')

        def c():
            exec(import_stmt, ns)

        def d():
            compile(source, 'module_exec.py', 'exec')

        rows = [('a_execCodeModule', a, 2000), ('b_importFromCache', b_cache, 1000),
                ('b_importFromSource', b_source, 300), ('c_importAlreadyImported', c, 200000),
                ('d_compile', d, 300)]
        print('CPython %s, us/op (best of 7)' % sys.version.split()[0])
        for label, fn, n in rows:
            print('%-26s %10.3f' % (label, best(fn, n)))
    finally:
        shutil.rmtree(tmp)


if __name__ == '__main__':
    main()
