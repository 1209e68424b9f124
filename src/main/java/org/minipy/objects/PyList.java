package org.minipy.objects;

import java.util.Arrays;

/** {@code list}: a growable array. The containers helper completes the methods. */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT, PyList::new);

    private final PyType type;
    private PyDict dict;
    protected PyObject[] items;
    protected int size;

    public PyList() {
        this(TYPE);
    }

    /** An empty list whose type is {@code type} (list or a Python subclass of it). */
    public PyList(PyType type) {
        this.type = type;
        this.items = new PyObject[4];
    }

    /** A list holding a copy of {@code src}. */
    public PyList(PyObject[] src) {
        this.type = TYPE;
        this.items = src.length == 0 ? new PyObject[4] : src.clone();
        this.size = src.length;
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (type != TYPE && dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void set(int i, PyObject v) {
        items[i] = v;
    }

    public void append(PyObject v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2 + 4);
        }
        items[size++] = v;
    }

    /** A copy of the contents. */
    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    @Override
    public int length() {
        return size;
    }

    @Override
    public long hash() {
        throw PyErr.typeError("unhashable type: '%s'", getType().getName());
    }

    @Override
    public PyStr repr() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Abstract.repr(items[i]).value());
        }
        return PyStr.of(sb.append(']').toString());
    }

    @Override
    public PyObject getItem(PyObject key) {
        int i = Abstract.indexAsInt(key);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErr.indexError("list index out of range");
        }
        return items[i];
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        int i = Abstract.indexAsInt(key);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErr.indexError("list assignment index out of range");
        }
        items[i] = value;
    }

    @Override
    public PyObject iter() {
        return new Iter(this);
    }

    /** Iterates the live list: appends during iteration are seen, as in CPython. */
    static final class Iter extends PyObject {
        static final PyType TYPE = PyType.builtin("list_iterator", Iter.class);
        private final PyList list;
        private int index;

        Iter(PyList list) {
            this.list = list;
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
            return index < list.size ? list.items[index++] : null;
        }
    }
}
