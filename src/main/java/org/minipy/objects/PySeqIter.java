package org.minipy.objects;

/** The iterator over an object that has only {@code __getitem__}: indexes 0, 1, ... until IndexError. */
public final class PySeqIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("iterator", PySeqIter.class);

    private PyObject seq;
    private int index;

    public PySeqIter(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    static {
        Sequences.iteratorSlots(TYPE);
    }

    @Override
    public PyObject next() {
        if (seq == null) {
            return null;
        }
        try {
            return Abstract.getItem(seq, PyInt.of(index++));
        } catch (PyException e) {
            if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }
}
