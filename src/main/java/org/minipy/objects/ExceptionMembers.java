package org.minipy.objects;

import java.util.Map;

/**
 * The stored attributes of the built-in exception families, as CPython's member tables in
 * {@code Objects/exceptions.c}: {@code StopIteration.value}, {@code SystemExit.code},
 * {@code ImportError.msg/name/path}, {@code OSError.errno/strerror/filename/filename2},
 * {@code SyntaxError.msg/filename/lineno/...}, {@code NameError.name},
 * {@code AttributeError.name/obj}. Each family's values live in the exception's member array
 * ({@link PyBaseException#member}), reached through {@link PyMemberDescr}s in the family type's
 * dict, so they are not in the instance {@code __dict__}.
 */
final class ExceptionMembers {
    private ExceptionMembers() {
    }

    private static final int CHARACTERS_WRITTEN = 4;

    /** UnicodeDecodeError(encoding, object, start, end, reason), and the same for encoding. */
    private static final String[] UNICODE_MEMBERS = {"encoding", "object", "start", "end", "reason"};

    /** Each family's member names, by the built-in type that declares them (immutable: shared). */
    private static final Map<PyType, String[]> FAMILIES = Map.of(
            PyExc.StopIteration, new String[] {"value"},
            PyExc.SystemExit, new String[] {"code"},
            PyExc.ImportError, new String[] {"msg", "name", "path"},
            PyExc.OSError, new String[] {"errno", "strerror", "filename", "filename2", "characters_written"},
            PyExc.SyntaxError, new String[] {"msg", "filename", "lineno", "offset", "text", "end_lineno",
                "end_offset", "print_file_and_line"},
            PyExc.NameError, new String[] {"name"},
            PyExc.AttributeError, new String[] {"name", "obj"},
            PyExc.UnicodeDecodeError, UNICODE_MEMBERS,
            PyExc.UnicodeEncodeError, UNICODE_MEMBERS);

    /** The keyword arguments each family's {@code __init__} takes (the others take none). */
    private static final Map<PyType, String[]> KEYWORDS = Map.of(
            PyExc.ImportError, new String[] {"name", "path"},
            PyExc.NameError, new String[] {"name"},
            PyExc.AttributeError, new String[] {"name", "obj"});

    /** Puts the member descriptors into the family types' dicts. */
    static void install() {
        for (Map.Entry<PyType, String[]> f : FAMILIES.entrySet()) {
            PyType t = f.getKey();
            String[] names = f.getValue();
            for (int i = 0; i < names.length; i++) {
                t.put(names[i], new PyMemberDescr(t, names[i], i));
            }
        }
        // characters_written is a getset in CPython: unset, it raises AttributeError
        PyType os = PyExc.OSError;
        os.put("characters_written", new PyGetSetDescr(os, "characters_written", o -> {
            PyObject v = ((PyBaseException) o).member(CHARACTERS_WRITTEN);
            if (v == null) {
                throw PyErr.attributeError("characters_written");
            }
            return v;
        }, (o, v) -> {
            PyBaseException e = (PyBaseException) o;
            if (v == null && e.member(CHARACTERS_WRITTEN) == null) {
                throw PyErr.attributeError("characters_written");
            }
            e.setMember(CHARACTERS_WRITTEN, v == null ? null : Abstract.index(v));
        }));
    }

    /** The family declaring the members of exceptions of type {@code t}, or null. */
    private static PyType family(PyType t, Map<PyType, String[]> table) {
        for (PyType c : t.getMro()) {
            if (table.containsKey(c)) {
                return c;
            }
        }
        return null;
    }

    /** Number of members of exceptions of type {@code t}. */
    static int count(PyType t) {
        PyType f = family(t, FAMILIES);
        return f == null ? 0 : FAMILIES.get(f).length;
    }

    /** The member index of {@code name} for exceptions of type {@code t}, or -1. */
    static int index(PyType t, String name) {
        PyType f = family(t, FAMILIES);
        if (f == null) {
            return -1;
        }
        String[] names = FAMILIES.get(f);
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Sets the members a family derives from its arguments (on creation and in __init__). */
    static void init(PyBaseException e, PyTuple args) {
        PyType f = family(e.getType(), FAMILIES);
        if (f == null) {
            return;
        }
        int n = args.size();
        PyObject none = PyNone.None;
        if (f == PyExc.StopIteration) {
            e.setMember(0, n > 0 ? args.get(0) : none);
        } else if (f == PyExc.SystemExit) {
            e.setMember(0, n == 0 ? none : n == 1 ? args.get(0) : args);
        } else if (f == PyExc.ImportError) {
            e.setMember(0, n == 1 ? args.get(0) : none);
        } else if (f == PyExc.OSError) {
            initOSError(e, args);
        } else if (f == PyExc.UnicodeDecodeError || f == PyExc.UnicodeEncodeError) {
            initUnicodeError(e, args, f == PyExc.UnicodeDecodeError);
        } else if (f == PyExc.SyntaxError) {
            e.setMember(0, n >= 1 ? args.get(0) : none);
            // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
            PyTuple info = n == 2 ? PyTuple.fromIterable(args.get(1)) : null;
            if (info != null && info.size() < 4) {
                throw PyErr.typeError("function takes at least 4 arguments (%d given)", info.size());
            }
            if (info != null && info.size() > 6) {
                throw PyErr.typeError("function takes at most 6 arguments (%d given)", info.size());
            }
            for (int i = 0; i < 6; i++) {
                e.setMember(i + 1, info != null && i < info.size() ? info.get(i) : none);
            }
        }
    }

    /** The five arguments of UnicodeDecodeError/UnicodeEncodeError, checked as CPython's "UOnnU". */
    private static void initUnicodeError(PyBaseException e, PyTuple args, boolean decode) {
        if (args.size() != 5) {
            throw PyErr.typeError("function takes exactly 5 arguments (%d given)", args.size());
        }
        if (!(args.get(0) instanceof PyStr)) {
            throw PyErr.typeError("argument 1 must be str, not %s", args.get(0).getType().getName());
        }
        if (decode && !(args.get(1) instanceof PyBytes)) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", args.get(1).getType().getName());
        }
        if (!decode && !(args.get(1) instanceof PyStr)) {
            throw PyErr.typeError("argument 2 must be str, not %s", args.get(1).getType().getName());
        }
        PyInt start = Abstract.index(args.get(2)), end = Abstract.index(args.get(3));
        if (!(args.get(4) instanceof PyStr)) {
            throw PyErr.typeError("argument 5 must be str, not %s", args.get(4).getType().getName());
        }
        e.setMember(0, args.get(0));
        e.setMember(1, args.get(1));
        e.setMember(2, start);
        e.setMember(3, end);
        e.setMember(4, args.get(4));
    }

    /** OSError(errno, strerror[, filename[, winerror[, filename2]]]): args keep only the first two
     *  when a file name is given, as in CPython. */
    private static void initOSError(PyBaseException e, PyTuple args) {
        int n = args.size();
        PyObject none = PyNone.None;
        boolean pair = n >= 2 && n <= 5;
        e.setMember(0, pair ? args.get(0) : none);
        e.setMember(1, pair ? args.get(1) : none);
        PyObject filename = pair && n >= 3 ? args.get(2) : none;
        e.setMember(2, filename);
        e.setMember(3, pair && n == 5 ? args.get(4) : none);
        if (filename != none) {
            e.setArgs(new PyTuple(new PyObject[] {args.get(0), args.get(1)}));
        }
    }

    /** The keyword arguments of __init__ ({@code ImportError(name=, path=)}, ...). */
    static void keywords(PyBaseException e, PyObject[] values, int first, String[] kwnames) {
        PyType f = family(e.getType(), KEYWORDS);
        if (f == null) {
            throw PyErr.typeError("%s() takes no keyword arguments", e.getType().getName());
        }
        String[] allowed = KEYWORDS.get(f);
        for (int k = 0; k < kwnames.length; k++) {
            int i = java.util.Arrays.asList(allowed).indexOf(kwnames[k]);
            if (i < 0) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for %s()", kwnames[k], f.getName());
            }
            e.setAttr(kwnames[k], values[first + k]);
        }
    }

    /** OSError(errno, ...) makes the subclass for that errno (FileNotFoundError for ENOENT, ...). */
    static PyType osErrorSubclass(PyTuple args) {
        if (args.size() < 2 || !(args.get(0) instanceof PyInt i) || i.isBig()) {
            return PyExc.OSError;
        }
        // Linux errno values, as on the machines minipy runs on
        switch ((int) i.value) {
            case 1: case 13: return PyExc.PermissionError;
            case 2: return PyExc.FileNotFoundError;
            case 3: return PyExc.ProcessLookupError;
            case 4: return PyExc.InterruptedError;
            case 10: return PyExc.ChildProcessError;
            case 11: case 114: case 115: return PyExc.BlockingIOError;
            case 17: return PyExc.FileExistsError;
            case 20: return PyExc.NotADirectoryError;
            case 21: return PyExc.IsADirectoryError;
            case 32: case 108: return PyExc.BrokenPipeError;
            case 103: return PyExc.ConnectionAbortedError;
            case 104: return PyExc.ConnectionResetError;
            case 110: return PyExc.TimeoutError;
            case 111: return PyExc.ConnectionRefusedError;
            default: return PyExc.OSError;
        }
    }
}
