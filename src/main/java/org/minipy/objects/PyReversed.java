package org.minipy.objects;

/**
 * {@code reversed(seq)}: calls {@code seq.__reversed__()} when the type has one, otherwise
 * walks a sequence ({@code __len__} and {@code __getitem__}) backwards.
 */
public final class PyReversed extends PyObject {
    public static final PyType TYPE = PyType.builtin("reversed", PyType.OBJECT, null);

    private PyObject seq;
    private long index;

    private PyReversed(PyObject seq, long length) {
        this.seq = seq;
        this.index = length - 1;
    }

    /** {@code reversed(o)}: the {@code __reversed__} result or a reversed-sequence iterator. */
    public static PyObject of(PyObject o) {
        PyObject m = o.getType().lookup("__reversed__");
        if (m == PyNone.None) {
            throw notReversible(o);
        }
        if (m != null) {
            return Abstract.callSpecial(m, o);
        }
        if (!isSequence(o)) {
            throw notReversible(o);
        }
        return new PyReversed(o, Abstract.len(o));
    }

    private static PyException notReversible(PyObject o) {
        return PyErr.typeError("'%s' object is not reversible", o.getType().getName());
    }

    /** PySequence_Check plus a length: has __getitem__ and is not a dict or set. */
    private static boolean isSequence(PyObject o) {
        if (o instanceof PyDict || o instanceof PySet) {
            return false;
        }
        PyType t = o.getType();
        if (t.isHeap()) {
            return t.lookup("__getitem__") != null;
        }
        return t.lookup("__getitem__") != null || o.length() >= 0;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        if (seq == null || index < 0) {
            seq = null;
            return null;
        }
        try {
            return Abstract.getItem(seq, PyInt.of(index--));
        } catch (PyException e) {
            if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }

    static {
        TYPE.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            ArgParser.noKeywords("reversed", kw);
            if (a.length != 2) {
                throw PyErr.typeError("reversed expected 1 argument, got %d", a.length - 1);
            }
            return of(a[1]);
        }));
        Sequences.iteratorSlots(TYPE);
    }
}
