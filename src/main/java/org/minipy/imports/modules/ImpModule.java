package org.minipy.imports.modules;

import org.minipy.code.Code;
import org.minipy.imports.ImportSystem;
import org.minipy.modules.ModuleDefs;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;

/**
 * {@code _imp}: the import system's C API (IMPORT.md's table) for Python code. None stands for
 * C's NULL. The string forms check their arguments as a {@code const char *} would.
 */
public final class ImpModule {
    private ImpModule() {
    }

    public static PyModule create(ImportSystem sys) {
        PyModule m = new PyModule("_imp");
        ModuleDefs.def(m, "exec_code_module", (a, kw) -> {
            ArgParser.checkCount("exec_code_module", a, kw, 2, 2);
            return sys.execCodeModule(str("exec_code_module", a, 0), code("exec_code_module", a, 1));
        });
        ModuleDefs.def(m, "exec_code_module_ex", (a, kw) -> {
            ArgParser.checkCount("exec_code_module_ex", a, kw, 3, 3);
            String f = "exec_code_module_ex";
            return sys.execCodeModuleEx(str(f, a, 0), code(f, a, 1), strOrNone(f, a, 2));
        });
        ModuleDefs.def(m, "exec_code_module_with_pathnames", (a, kw) -> {
            String f = "exec_code_module_with_pathnames";
            ArgParser.checkCount(f, a, kw, 4, 4);
            return sys.execCodeModuleWithPathnames(str(f, a, 0), code(f, a, 1), strOrNone(f, a, 2),
                    strOrNone(f, a, 3));
        });
        ModuleDefs.def(m, "exec_code_module_object", (a, kw) -> {
            String f = "exec_code_module_object";
            ArgParser.checkCount(f, a, kw, 4, 4);
            return sys.execCodeModuleObject(a[0], code(f, a, 1), orNull(a[2]), orNull(a[3]));
        });
        ModuleDefs.def(m, "get_magic_number", (a, kw) -> {
            ArgParser.checkCount("get_magic_number", a, kw, 0, 0);
            return PyInt.of(sys.getMagicNumber());
        });
        ModuleDefs.def(m, "get_magic_tag", (a, kw) -> {
            ArgParser.checkCount("get_magic_tag", a, kw, 0, 0);
            return PyStr.of(sys.getMagicTag());
        });
        ModuleDefs.def(m, "get_module_dict", (a, kw) -> {
            ArgParser.checkCount("get_module_dict", a, kw, 0, 0);
            return sys.getModuleDict();
        });
        ModuleDefs.def(m, "add_module", (a, kw) -> {
            ArgParser.checkCount("add_module", a, kw, 1, 1);
            return sys.addModule(a[0]);
        });
        ModuleDefs.def(m, "get_module", (a, kw) -> {
            ArgParser.checkCount("get_module", a, kw, 1, 1);
            PyObject r = sys.getModule(a[0]);
            return r == null ? PyNone.None : r;
        });
        ModuleDefs.def(m, "import_module", (a, kw) -> {
            ArgParser.checkCount("import_module", a, kw, 1, 1);
            return sys.importModule(str("import_module", a, 0));
        });
        ModuleDefs.def(m, "reload_module", (a, kw) -> {
            ArgParser.checkCount("reload_module", a, kw, 1, 1);
            return sys.reloadModule(a[0]);
        });
        // the parts of CPython's own _imp that make sense here
        ModuleDefs.def(m, "is_builtin", (a, kw) -> {
            ArgParser.checkCount("is_builtin", a, kw, 1, 1);
            String n = str("is_builtin", a, 0);
            boolean b = ImportModules.exists(n) || org.minipy.modules.BuiltinModules.exists(n)
                    || n.equals("sys") || n.equals("builtins");
            return PyInt.of(b ? 1 : 0);
        });
        ModuleDefs.def(m, "extension_suffixes", (a, kw) -> new PyList());
        ModuleDefs.def(m, "lock_held", (a, kw) -> PyBool.of(sys.lock.isHeldByCurrentThread()));
        ModuleDefs.def(m, "acquire_lock", (a, kw) -> {
            sys.lock.lock();
            return PyNone.None;
        });
        ModuleDefs.def(m, "release_lock", (a, kw) -> {
            if (!sys.lock.isHeldByCurrentThread()) {
                throw PyErr.runtimeError("not holding the import lock");
            }
            sys.lock.unlock();
            return PyNone.None;
        });
        return m;
    }

    private static PyObject orNull(PyObject o) {
        return o == PyNone.None ? null : o;
    }

    private static String nth(int i) {
        return "argument " + (i + 1);
    }

    /** A {@code const char *} argument ("s"). */
    static String str(String f, PyObject[] a, int i) {
        if (a[i] instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("%s() %s must be str, not %s", f, nth(i), a[i].getType().getName());
    }

    /** A {@code const char *} that may be NULL ("z"). */
    static String strOrNone(String f, PyObject[] a, int i) {
        if (a[i] == PyNone.None) {
            return null;
        }
        if (a[i] instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("%s() %s must be str or None, not %s", f, nth(i), a[i].getType().getName());
    }

    static Code code(String f, PyObject[] a, int i) {
        if (a[i] instanceof Code c) {
            return c;
        }
        throw PyErr.typeError("%s() %s must be code, not %s", f, nth(i), a[i].getType().getName());
    }
}
