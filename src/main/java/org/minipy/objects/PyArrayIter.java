package org.minipy.objects;

/** An iterator over a prefix of a Java array (tuple iterator; list uses its own live view). */
public final class PyArrayIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple_iterator", PyArrayIter.class);

    private final PyObject[] items;
    private final int size;
    private int index;

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
        return index < size ? items[index++] : null;
    }

    static {
        Sequences.iteratorSlots(TYPE);
    }
}
