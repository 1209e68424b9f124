package org.minipy.objects;

/**
 * The pickling side of the built-in iterators: {@code __length_hint__}, {@code __reduce__} and
 * {@code __setstate__}, as CPython's iterator types define them. Only the types that have a
 * method install it; the iterators' hot {@code next} is untouched.
 */
final class IterState {
    private IterState() {
    }

    /** What an iterator type supports. */
    interface Hint {
        /** {@code __length_hint__}: the items still to come, as far as known. */
        PyObject lengthHint();
    }

    interface Reducible {
        PyObject reduce();
    }

    interface Settable {
        void setState(PyObject state);
    }

    /** Installs the methods whose interfaces {@code javaClass} implements on {@code t}. */
    static void install(PyType t, Class<?> javaClass) {
        if (Hint.class.isAssignableFrom(javaClass)) {
            t.def("__length_hint__", (a, kw) -> {
                ScalarArgs.none(t.getName() + ".__length_hint__", a, kw);
                return ((Hint) a[0]).lengthHint();
            });
        }
        if (Reducible.class.isAssignableFrom(javaClass)) {
            t.def("__reduce__", (a, kw) -> {
                ScalarArgs.none(t.getName() + ".__reduce__", a, kw);
                return ((Reducible) a[0]).reduce();
            });
        }
        if (Settable.class.isAssignableFrom(javaClass)) {
            t.def("__setstate__", (a, kw) -> {
                ArgParser.noKeywords("__setstate__", kw);
                if (a.length != 2) {
                    throw PyErr.typeError("%s.__setstate__() takes exactly one argument (%d given)",
                            t.getName(), a.length - 1);
                }
                ((Settable) a[0]).setState(a[1]);
                return PyNone.None;
            });
        }
    }

    /** A state index as PyLong_AsSsize_t reads it: an int, nothing else. */
    static long index(PyObject state) {
        if (!(state instanceof PyInt i)) {
            throw PyErr.typeError("an integer is required");
        }
        if (i.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    static long clamp(long v, long lo, long hi) {
        return v < lo ? lo : v > hi ? hi : v;
    }

    /**
     * The builtins function {@code name} ({@code iter}, {@code reversed}) of the running code, as
     * CPython's _PyEval_GetBuiltin; a stand-in with the same behaviour when no code runs.
     */
    static PyObject builtin(String name) {
        PyDict g = TypeState.currentGlobals();
        PyObject b = g == null ? null : g.getItem("__builtins__");
        PyDict bd = b instanceof PyModule m ? m.getDict() : b instanceof PyDict d ? d : null;
        PyObject f = bd == null ? null : bd.getItem(name);
        if (f != null) {
            return f;
        }
        return name.equals("reversed") ? PyReversed.TYPE
                : new PyBuiltinFunction("iter", "builtins", (a, kw) -> Abstract.iter(a[0]));
    }

    /** {@code (callable, args)}. */
    static PyTuple pair(PyObject callable, PyObject... args) {
        return PyTuple.of(callable, PyTuple.of(args));
    }

    /** {@code (callable, args, state)}. */
    static PyTuple triple(PyObject callable, PyObject arg, long state) {
        return PyTuple.of(callable, PyTuple.of(arg), PyInt.of(state));
    }

    /** The items an iterator still has, drained into a list. */
    static PyList drain(PyObject it) {
        PyList l = new PyList();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            l.append(x);
        }
        return l;
    }
}
