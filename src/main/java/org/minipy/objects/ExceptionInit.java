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
            PyTuple args = new PyTuple(java.util.Arrays.copyOfRange(a, 1, a.length - (kw == null ? 0 : kw.length)));
            return PyBaseException.create(cls == PyExc.OSError ? ExceptionMembers.osErrorSubclass(args) : cls, args);
        }));
        base.slot("__init__", (a, kw) -> {
            PyBaseException self = (PyBaseException) a[0];
            int npos = a.length - (kw == null ? 0 : kw.length);
            PyTuple args = new PyTuple(java.util.Arrays.copyOfRange(a, 1, npos));
            self.setArgs(args);
            ExceptionMembers.init(self, args);
            if (kw != null && kw.length > 0) {
                ExceptionMembers.keywords(self, a, npos, kw);
            }
            return PyNone.None;
        });
        base.slot("__str__", (a, kw) -> str((PyBaseException) a[0]));
        base.slot("__repr__", (a, kw) -> a[0].repr());
        base.def("with_traceback", (a, kw) -> {
            ((PyBaseException) a[0]).traceback = a[1] == PyNone.None ? null : a[1];
            return a[0];
        });
        base.def("add_note", (a, kw) -> {
            ArgParser.noKeywords("add_note", kw);
            if (a.length != 2) {
                throw PyErr.typeError("BaseException.add_note() takes exactly one argument (%d given)", a.length - 1);
            }
            if (!(a[1] instanceof PyStr)) {
                throw PyErr.typeError("note must be a str, not '%s'", a[1].getType().getName());
            }
            PyObject notes = Abstract.lookupAttr(a[0], "__notes__");
            if (notes == null) {
                notes = new PyList();
                Abstract.setAttr(a[0], "__notes__", notes);
            } else if (!(notes instanceof PyList)) {
                throw PyErr.typeError("Cannot add note: __notes__ is not a list");
            }
            ((PyList) notes).append(a[1]);
            return PyNone.None;
        });
        base.def("__reduce__", (a, kw) -> reduce((PyBaseException) a[0], ((PyBaseException) a[0]).args()));
        PyExc.OSError.def("__reduce__", (a, kw) -> {
            // the file names, kept out of args, go back in so that OSError(*args) rebuilds them
            PyBaseException e = (PyBaseException) a[0];
            PyTuple args = e.args();
            PyObject fn = e.attr("filename"), fn2 = e.attr("filename2");
            if (args.size() == 2 && fn != null && fn != PyNone.None) {
                args = fn2 != null && fn2 != PyNone.None
                        ? new PyTuple(new PyObject[] {args.get(0), args.get(1), fn, PyNone.None, fn2})
                        : new PyTuple(new PyObject[] {args.get(0), args.get(1), fn});
            }
            return reduce(e, args);
        });
        base.def("__setstate__", (a, kw) -> {
            ArgParser.noKeywords("__setstate__", kw);
            if (a.length != 2) {
                throw PyErr.typeError("BaseException.__setstate__() takes exactly one argument (%d given)", a.length - 1);
            }
            if (a[1] != PyNone.None) {
                if (!(a[1] instanceof PyDict state)) {
                    throw PyErr.typeError("state is not a dictionary");
                }
                PyObject it = state.iter();
                for (PyObject k = it.next(); k != null; k = it.next()) {
                    Abstract.setAttr(a[0], ArgParser.attrName(k), state.getItem(k));
                }
            }
            return PyNone.None;
        });
        base.put("__dict__", PyGetSetDescr.instanceDict(base));
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

    /** {@code (type, args)}, plus the instance dict when it has entries. */
    private static PyObject reduce(PyBaseException e, PyTuple args) {
        PyDict d = e.dict;
        return d == null || d.size() == 0 ? new PyTuple(new PyObject[] {e.getType(), args})
                : new PyTuple(new PyObject[] {e.getType(), args, d});
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

    /** {@code str(exc)} with the rules of each exception family. */
    static PyStr str(PyBaseException e) {
        PyTuple args = e.args();
        PyType t = e.getType();
        if (t.isSubtypeOf(PyExc.KeyError) && args.size() == 1) {
            return Abstract.repr(args.get(0));
        }
        if (t.isSubtypeOf(PyExc.OSError)) {
            PyObject errno = e.attr("errno"), strerror = e.attr("strerror"), fn = e.attr("filename");
            PyObject fn2 = e.attr("filename2");
            if (fn != null && fn != PyNone.None) {
                String s = "[Errno " + Abstract.str(errno).value() + "] " + Abstract.str(strerror).value()
                        + ": " + Abstract.repr(fn).value();
                if (fn2 != null && fn2 != PyNone.None) {
                    s += " -> " + Abstract.repr(fn2).value();
                }
                return PyStr.of(s);
            }
            if (errno != null && errno != PyNone.None && strerror != null && strerror != PyNone.None) {
                return PyStr.of("[Errno " + Abstract.str(errno).value() + "] " + Abstract.str(strerror).value());
            }
        }
        if ((t.isSubtypeOf(PyExc.UnicodeDecodeError) || t.isSubtypeOf(PyExc.UnicodeEncodeError))
                && e.attr("object") != null) {
            return PyStr.of(unicodeErrorStr(e, t.isSubtypeOf(PyExc.UnicodeDecodeError)));
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

    /** "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" and its kin. */
    private static String unicodeErrorStr(PyBaseException e, boolean decode) {
        String enc = Abstract.str(e.attr("encoding")).value(), reason = Abstract.str(e.attr("reason")).value();
        long start = Abstract.index(e.attr("start")).longValue(), end = Abstract.index(e.attr("end")).longValue();
        PyObject obj = e.attr("object");
        String head = "'" + enc + "' codec can't " + (decode ? "decode " : "encode ");
        if (decode && obj instanceof PyBytes b && start >= 0 && start < b.data().length && end == start + 1) {
            return head + String.format("byte 0x%02x in position %d: %s", b.data()[(int) start] & 0xff, start, reason);
        }
        if (!decode && obj instanceof PyStr s && start >= 0 && start < s.length() && end == start + 1) {
            int c = s.value().codePointAt(s.value().offsetByCodePoints(0, (int) start));
            String ch = c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
                    : String.format("\\U%08x", c);
            return head + "character '" + ch + "' in position " + start + ": " + reason;
        }
        return head + (decode ? "bytes" : "characters") + " in position " + start + "-" + (end - 1) + ": " + reason;
    }

    private static String baseName(String path) {
        int i = path.lastIndexOf('/');
        return i >= 0 ? path.substring(i + 1) : path;
    }
}
