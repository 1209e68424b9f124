package org.minipy.objects;

/** An iterator over a prefix of a Java array (tuple iterator; list uses its own live view). */
public final class PyArrayIter extends PyObject
        implements IterState.Hint, IterState.Reducible, IterState.Settable {
    public static final PyType TYPE = PyType.builtin("tuple_iterator", PyArrayIter.class);

    private final PyObject[] items;
    private final int size;
    private int index;
    /** Set when next() found the end (CPython then drops the tuple). */
    private boolean done;

    public PyArrayIter(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
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
        if (index < size) {
            return items[index++];
        }
        done = true;
        return null;
    }

    @Override
    public PyObject lengthHint() {
        return PyInt.of(done ? 0 : Math.max(0, size - index));
    }

    @Override
    public PyObject reduce() {
        return done ? IterState.pair(IterState.builtin("iter"), PyTuple.EMPTY)
                : IterState.triple(IterState.builtin("iter"), PyTuple.of(java.util.Arrays.copyOf(items, size)), index);
    }

    @Override
    public void setState(PyObject state) {
        long i = IterState.index(state);
        if (!done) {
            index = (int) IterState.clamp(i, 0, size);
        }
    }

    static {
        Sequences.iteratorSlots(TYPE);
        IterState.install(TYPE, PyArrayIter.class);
    }
}
