package org.minipy.objects;

/**
 * The methods and attributes of {@code BaseException} and the special attributes of some
 * subclasses ({@code StopIteration.value}, {@code SystemExit.code}, {@code OSError.errno}, ...),
 * as CPython's {@code Objects/exceptions.c}.
 */
final class ExceptionInit {
    private ExceptionInit() {
    }

    static void install(PyType base) {
        base.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                throw PyErr.typeError("BaseException.__new__(X): X is not a type object");
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length - (kw == null ? 0 : kw.length));
            return PyBaseException.create(cls, new PyTuple(rest));
        }));
        base.slot("__init__", (a, kw) -> {
            PyBaseException self = (PyBaseException) a[0];
            if (kw != null && kw.length > 0) {
                throw PyErr.typeError("%s() takes no keyword arguments", self.getType().getName());
            }
            PyTuple args = new PyTuple(java.util.Arrays.copyOfRange(a, 1, a.length));
            self.setArgs(args);
            initSpecial(self, args);
            return PyNone.None;
        });
        base.slot("__str__", (a, kw) -> str((PyBaseException) a[0]));
        base.slot("__repr__", (a, kw) -> a[0].repr());
        base.def("with_traceback", (a, kw) -> {
            ((PyBaseException) a[0]).traceback = a[1] == PyNone.None ? null : a[1];
            return a[0];
        });
        base.put("args", new PyGetSetDescr(base, "args", o -> ((PyBaseException) o).args(),
                (o, v) -> ((PyBaseException) o).setArgs(PyTuple.fromIterable(v))));
        base.put("__traceback__", new PyGetSetDescr(base, "__traceback__",
                o -> orNone(((PyBaseException) o).traceback),
                (o, v) -> ((PyBaseException) o).traceback = v == PyNone.None ? null : v));
        base.put("__cause__", new PyGetSetDescr(base, "__cause__",
                o -> orNone(((PyBaseException) o).cause),
                (o, v) -> {
                    PyBaseException e = (PyBaseException) o;
                    e.cause = v == PyNone.None ? null : asException(v, "cause");
                    e.suppressContext = true;
                }));
        base.put("__context__", new PyGetSetDescr(base, "__context__",
                o -> orNone(((PyBaseException) o).context),
                (o, v) -> ((PyBaseException) o).context = v == PyNone.None ? null : asException(v, "context")));
        base.put("__suppress_context__", new PyGetSetDescr(base, "__suppress_context__",
                o -> PyBool.of(((PyBaseException) o).suppressContext),
                (o, v) -> ((PyBaseException) o).suppressContext = Abstract.isTrue(v)));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.None : o;
    }

    private static PyBaseException asException(PyObject v, String what) {
        if (v instanceof PyBaseException e) {
            return e;
        }
        throw PyErr.typeError("exception %s must be None or derive from BaseException", what);
    }

    /** Sets the attributes that some exception families derive from their args. */
    static void initSpecial(PyBaseException e, PyTuple args) {
        PyType t = e.getType();
        PyDict d;
        if (t.isSubtypeOf(PyExc.StopIteration)) {
            e.getDict().setItem("value", args.size() > 0 ? args.get(0) : PyNone.None);
        } else if (t.isSubtypeOf(PyExc.SystemExit)) {
            e.getDict().setItem("code", args.size() == 0 ? PyNone.None : args.size() == 1 ? args.get(0) : args);
        } else if (t.isSubtypeOf(PyExc.OSError)) {
            d = e.getDict();
            boolean pair = args.size() >= 2 && args.size() <= 5;
            d.setItem("errno", pair ? args.get(0) : PyNone.None);
            d.setItem("strerror", pair ? args.get(1) : PyNone.None);
            d.setItem("filename", pair && args.size() >= 3 ? args.get(2) : PyNone.None);
            if (pair && args.size() >= 3) {
                // CPython keeps only (errno, strerror) in args when a filename is given
                e.setArgs(new PyTuple(new PyObject[] {args.get(0), args.get(1)}));
            }
        } else if (t.isSubtypeOf(PyExc.ImportError)) {
            d = e.getDict();
            d.setItem("msg", args.size() == 1 ? args.get(0) : PyNone.None);
            if (d.getItem("name") == null) {
                d.setItem("name", PyNone.None);
            }
            if (d.getItem("path") == null) {
                d.setItem("path", PyNone.None);
            }
        } else if (t.isSubtypeOf(PyExc.SyntaxError)) {
            d = e.getDict();
            d.setItem("msg", args.size() >= 1 ? args.get(0) : PyNone.None);
            PyObject[] info = {PyNone.None, PyNone.None, PyNone.None, PyNone.None, PyNone.None, PyNone.None};
            if (args.size() == 2 && args.get(1) instanceof PyTuple tup) {
                for (int i = 0; i < Math.min(6, tup.size()); i++) {
                    info[i] = tup.get(i);
                }
            }
            String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
            for (int i = 0; i < names.length; i++) {
                d.setItem(names[i], info[i]);
            }
            d.setItem("print_file_and_line", PyNone.None);
        }
    }

    /** {@code str(exc)} with the rules of each exception family. */
    static PyStr str(PyBaseException e) {
        PyTuple args = e.args();
        PyType t = e.getType();
        if (t.isSubtypeOf(PyExc.KeyError) && args.size() == 1) {
            return Abstract.repr(args.get(0));
        }
        if (t.isSubtypeOf(PyExc.OSError)) {
            PyObject errno = e.attr("errno"), strerror = e.attr("strerror"), fn = e.attr("filename");
            if (fn != null && fn != PyNone.None) {
                return PyStr.of("[Errno " + Abstract.str(errno).value() + "] " + Abstract.str(strerror).value()
                        + ": " + Abstract.repr(fn).value());
            }
            if (errno != null && errno != PyNone.None && strerror != null && strerror != PyNone.None) {
                return PyStr.of("[Errno " + Abstract.str(errno).value() + "] " + Abstract.str(strerror).value());
            }
        }
        if (t.isSubtypeOf(PyExc.SyntaxError)) {
            PyObject msg = e.attr("msg"), fn = e.attr("filename"), line = e.attr("lineno");
            String m = msg == null || msg == PyNone.None ? "" : Abstract.str(msg).value();
            boolean hasFile = fn instanceof PyStr;
            boolean hasLine = line instanceof PyInt;
            if (hasFile && hasLine) {
                return PyStr.of(m + " (" + baseName(((PyStr) fn).value()) + ", line " + line + ")");
            } else if (hasFile) {
                return PyStr.of(m + " (" + baseName(((PyStr) fn).value()) + ")");
            } else if (hasLine) {
                return PyStr.of(m + " (line " + line + ")");
            }
            return PyStr.of(m);
        }
        switch (args.size()) {
            case 0:
                return PyStr.EMPTY;
            case 1:
                return Abstract.str(args.get(0));
            default:
                return Abstract.str(args);
        }
    }

    private static String baseName(String path) {
        int i = path.lastIndexOf('/');
        return i >= 0 ? path.substring(i + 1) : path;
    }
}
