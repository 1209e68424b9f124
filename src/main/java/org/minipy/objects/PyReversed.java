package org.minipy.objects;

/**
 * {@code reversed(seq)}: calls {@code seq.__reversed__()} when the type has one, otherwise
 * walks a sequence ({@code __len__} and {@code __getitem__}) backwards.
 */
public final class PyReversed extends PyObject
        implements IterState.Hint, IterState.Reducible, IterState.Settable {
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

    /** cf. reversed_len: the items left while the sequence is at least that long. */
    @Override
    public PyObject lengthHint() {
        if (seq == null) {
            return PyInt.ZERO;
        }
        long n = Abstract.len(seq);
        return PyInt.of(n < index + 1 ? 0 : index + 1);
    }

    @Override
    public PyObject reduce() {
        return seq == null ? IterState.pair(TYPE, PyTuple.EMPTY) : IterState.triple(TYPE, seq, index);
    }

    @Override
    public void setState(PyObject state) {
        long i = IterState.index(state);
        if (seq != null) {
            index = IterState.clamp(i, -1, Abstract.len(seq) - 1);
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
        IterState.install(TYPE, PyReversed.class);
    }
}
