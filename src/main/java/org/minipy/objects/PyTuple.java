package org.minipy.objects;

/** {@code tuple}: an immutable array. The containers helper completes the methods. */
public final class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyType.OBJECT, null);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    private final PyObject[] items;

    /** Takes ownership of {@code items}: the caller must not change the array afterwards. */
    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /** {@code tuple(iterable)}. */
    public static PyTuple fromIterable(PyObject iterable) {
        if (iterable instanceof PyTuple t) {
            return t;
        }
        java.util.ArrayList<PyObject> list = new java.util.ArrayList<>();
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            list.add(x);
        }
        return new PyTuple(list.toArray(new PyObject[0]));
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** The backing array; callers must not modify it. */
    public PyObject[] items() {
        return items;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public int length() {
        return items.length;
    }

    @Override
    public PyStr repr() {
        if (items.length == 1) {
            return PyStr.of("(" + Abstract.repr(items[0]).value() + ",)");
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Abstract.repr(items[i]).value());
        }
        return PyStr.of(sb.append(')').toString());
    }

    @Override
    public PyObject getItem(PyObject key) {
        int i = Abstract.indexAsInt(key);
        if (i < 0) {
            i += items.length;
        }
        if (i < 0 || i >= items.length) {
            throw PyErr.indexError("tuple index out of range");
        }
        return items[i];
    }

    @Override
    public PyObject iter() {
        return new PyArrayIter(items, items.length);
    }
}
