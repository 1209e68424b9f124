package org.minipy.modules;

import java.util.List;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBaseException;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyBuiltinFunction;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;
import org.minipy.objects.PyType;
import org.minipy.objects.BuiltinImpl;
import org.minipy.vm.Runtime;

/** Creates the {@code sys} module of one interpreter. */
public final class SysModule {
    private SysModule() {
    }

    /** The Python version minipy follows. */
    public static final int MAJOR = 3, MINOR = 11, MICRO = 7;
    public static final String VERSION = MAJOR + "." + MINOR + "." + MICRO + " (minipy)";
    /** {@code sys.implementation.cache_tag}, also the tag of {@code __pycache__} files. */
    public static final String CACHE_TAG = "minipy-11";

    static final PyType VERSION_INFO = PyStructSeq.newType("sys", "version_info");
    static final PyType FLAGS = PyStructSeq.newType("sys", "flags");
    static final PyType FLOAT_INFO = PyStructSeq.newType("sys", "float_info");
    static final PyType INT_INFO = PyStructSeq.newType("sys", "int_info");
    private static final String[] FLOAT_INFO_FIELDS = {"max", "max_exp", "max_10_exp", "min", "min_exp",
        "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"};
    private static final String[] INT_INFO_FIELDS = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
        "str_digits_check_threshold"};
    private static final String[] VERSION_FIELDS = {"major", "minor", "micro", "releaselevel", "serial"};
    private static final String[] FLAG_FIELDS = {"debug", "inspect", "interactive", "optimize",
        "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
        "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
        "safe_path", "int_max_str_digits"};

    static PyStructSeq versionInfo() {
        return new PyStructSeq(VERSION_INFO, VERSION_FIELDS, PyInt.of(MAJOR), PyInt.of(MINOR), PyInt.of(MICRO),
                PyStr.of("final"), PyInt.ZERO);
    }

    /**
     * A new sys module. {@code stdout}/{@code stderr}/{@code stdin} are the Python file objects
     * to install as sys.stdout etc.; {@code modules} is the interpreter's sys.modules.
     */
    public static PyModule create(Runtime rt, List<String> argv, List<String> path,
                                  PyObject stdout, PyObject stderr, PyObject stdin, PyDict modules) {
        PyModule m = new PyModule("sys");
        PyDict d = m.getDict();
        d.setItem("argv", strList(argv));
        d.setItem("path", strList(path));
        d.setItem("modules", modules);
        d.setItem("stdout", stdout);
        d.setItem("stderr", stderr);
        d.setItem("stdin", stdin);
        d.setItem("__stdout__", stdout);
        d.setItem("__stderr__", stderr);
        d.setItem("__stdin__", stdin);
        PyStructSeq vi = versionInfo();
        d.setItem("version_info", vi);
        d.setItem("version", PyStr.of(VERSION));
        d.setItem("hexversion", PyInt.of((MAJOR << 24) | (MINOR << 16) | (MICRO << 8) | 0xf0));
        d.setItem("implementation", new PySimpleNamespace()
                .with("name", PyStr.of("minipy"))
                .with("cache_tag", PyStr.of(CACHE_TAG))
                .with("version", vi)
                .with("hexversion", PyInt.of((MAJOR << 24) | (MINOR << 16) | (MICRO << 8) | 0xf0)));
        d.setItem("maxsize", PyInt.of(Long.MAX_VALUE));
        d.setItem("maxunicode", PyInt.of(0x10ffff));
        d.setItem("platform", PyStr.of(platform()));
        d.setItem("byteorder", PyStr.of("little"));
        d.setItem("executable", PyStr.of(executable()));
        d.setItem("dont_write_bytecode", PyBool.False);
        d.setItem("builtin_module_names", builtinModuleNames());
        d.setItem("flags", flags());
        d.setItem("float_info", new PyStructSeq(FLOAT_INFO, FLOAT_INFO_FIELDS, new PyFloat(Double.MAX_VALUE),
                PyInt.of(1024), PyInt.of(308), new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307),
                PyInt.of(15), PyInt.of(53), new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        d.setItem("int_info", new PyStructSeq(INT_INFO, INT_INFO_FIELDS, PyInt.of(30), PyInt.of(4),
                PyInt.of(4300), PyInt.of(640)));
        def(d, "get_int_max_str_digits", (a, kw) -> {
            check("get_int_max_str_digits", a, kw, 0, 0);
            return PyInt.of(4300);
        });
        d.setItem("prefix", PyStr.of(System.getProperty("java.home", "")));
        d.setItem("exec_prefix", PyStr.of(System.getProperty("java.home", "")));
        def(d, "exit", (a, kw) -> {
            check("exit", a, kw, 0, 1);
            throw a.length == 0 ? PyErr.withArgs(PyExc.SystemExit) : PyErr.withArgs(PyExc.SystemExit, a[0]);
        });
        def(d, "getrecursionlimit", (a, kw) -> {
            check("getrecursionlimit", a, kw, 0, 0);
            return PyInt.of(rt.getRecursionLimit());
        });
        def(d, "setrecursionlimit", (a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyErr.typeError("setrecursionlimit() takes no keyword arguments");
            }
            if (a.length != 1) {
                throw PyErr.typeError("setrecursionlimit() takes exactly one argument (%d given)", a.length);
            }
            PyInt n = Abstract.index(a[0]);
            if (!n.fitsInt()) {
                throw PyErr.overflowError("Python int too large to convert to C int");
            }
            if (n.intValue() < 1) {
                throw PyErr.valueError("recursion limit must be greater or equal than 1");
            }
            rt.setRecursionLimit(n.intValue());
            return PyNone.None;
        });
        def(d, "exc_info", (a, kw) -> {
            check("exc_info", a, kw, 0, 0);
            PyObject e = rt.currentException();
            if (!(e instanceof PyBaseException be)) {
                return PyTuple.of(PyNone.None, PyNone.None, PyNone.None);
            }
            return PyTuple.of(be.getType(), be, be.traceback == null ? PyNone.None : be.traceback);
        });
        def(d, "exception", (a, kw) -> {
            check("exception", a, kw, 0, 0);
            PyObject e = rt.currentException();
            return e == null ? PyNone.None : e;
        });
        def(d, "intern", (a, kw) -> {
            check("intern", a, kw, 1, 1);
            if (!(a[0] instanceof PyStr s)) {
                throw PyErr.typeError("intern() argument must be str, not %s", a[0].getType().getName());
            }
            return s;
        });
        def(d, "getdefaultencoding", (a, kw) -> PyStr.of("utf-8"));
        def(d, "getfilesystemencoding", (a, kw) -> PyStr.of("utf-8"));
        def(d, "getsizeof", (a, kw) -> {
            check("getsizeof", a, kw, 1, 2);
            int n = a[0].length();
            return PyInt.of(n < 0 ? 32 : 56 + 8L * n);
        });
        return m;
    }

    /** sys.dont_write_bytecode and the like are set by the interpreter after creation. */
    public static void setDontWriteBytecode(PyModule sys, boolean value) {
        sys.getDict().setItem("dont_write_bytecode", PyBool.of(value));
    }

    private static PyObject flags() {
        PyObject[] v = new PyObject[FLAG_FIELDS.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = PyInt.ZERO;
        }
        v[13] = PyBool.False;
        v[16] = PyBool.False;
        v[17] = PyInt.of(-1);
        return new PyStructSeq(FLAGS, FLAG_FIELDS, v);
    }

    private static void def(PyDict d, String name, BuiltinImpl impl) {
        d.setItem(name, new PyBuiltinFunction(name, "sys", impl));
    }

    private static void check(String name, PyObject[] a, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
        if (a.length < min || a.length > max) {
            if (max == 0) {
                throw PyErr.typeError("%s() takes no arguments (%d given)", name, a.length);
            }
            if (min == max && min == 1) {
                throw PyErr.typeError("%s() takes exactly one argument (%d given)", name, a.length);
            }
            throw PyErr.typeError("%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s",
                    a.length);
        }
    }

    private static PyList strList(List<String> xs) {
        PyList l = new PyList();
        for (String s : xs) {
            l.append(PyStr.of(s));
        }
        return l;
    }

    private static PyTuple builtinModuleNames() {
        List<String> names = new java.util.ArrayList<>(BuiltinModules.names());
        names.add("builtins");
        names.add("sys");
        java.util.Collections.sort(names);
        PyObject[] items = new PyObject[names.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(names.get(i));
        }
        return new PyTuple(items);
    }

    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase();
        if (os.startsWith("windows")) {
            return "win32";
        }
        if (os.startsWith("mac")) {
            return "darwin";
        }
        return "linux";
    }

    private static String executable() {
        String home = System.getProperty("java.home");
        return home == null ? "" : home + java.io.File.separator + "bin" + java.io.File.separator + "java";
    }
}
