package org.minipy.objects;

/**
 * The iterators over a dict and its views: {@code dict_keyiterator}, {@code dict_valueiterator},
 * {@code dict_itemiterator} and their reversed forms. A change of size during iteration is a
 * RuntimeError, as in CPython.
 */
public final class PyDictIter extends PyObject implements IterState.Hint, IterState.Reducible {
    public static final int KEYS = 0, VALUES = 1, ITEMS = 2;

    private static final PyType[] TYPES = {
        PyType.builtin("dict_keyiterator", PyDictIter.class),
        PyType.builtin("dict_valueiterator", PyDictIter.class),
        PyType.builtin("dict_itemiterator", PyDictIter.class),
        PyType.builtin("dict_reversekeyiterator", PyDictIter.class),
        PyType.builtin("dict_reversevalueiterator", PyDictIter.class),
        PyType.builtin("dict_reverseitemiterator", PyDictIter.class),
    };

    static {
        for (PyType t : TYPES) {
            Sequences.iteratorSlots(t);
            IterState.install(t, PyDictIter.class);
        }
    }

    private PyDict dict;
    private final int kind;
    private final boolean reversed;
    private final int startSize;
    /** Items still expected; finding more means the keys changed. */
    private int remaining;
    private int pos;

    public PyDictIter(PyDict dict, int kind, boolean reversed) {
        this.dict = dict;
        this.kind = kind;
        this.reversed = reversed;
        this.startSize = dict.size();
        this.remaining = startSize;
        this.pos = reversed ? dict.entrySlots() - 1 : 0;
    }

    private PyDictIter(PyDictIter o) {
        this.dict = o.dict;
        this.kind = o.kind;
        this.reversed = o.reversed;
        this.startSize = o.startSize;
        this.remaining = o.remaining;
        this.pos = o.pos;
    }

    /** cf. dictiter_len: the items left, or 0 once the dict changed size. */
    @Override
    public PyObject lengthHint() {
        return PyInt.of(dict != null && dict.size() == startSize ? remaining : 0);
    }

    /** cf. dictiter_reduce: {@code (iter, (list of the items left,))}, this iterator untouched. */
    @Override
    public PyObject reduce() {
        return IterState.pair(IterState.builtin("iter"), IterState.drain(new PyDictIter(this)));
    }

    @Override
    public PyType getType() {
        return TYPES[kind + (reversed ? 3 : 0)];
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        PyDict d = dict;
        if (d == null) {
            return null;
        }
        if (d.size() != startSize) {
            dict = null;
            throw PyErr.runtimeError("dictionary changed size during iteration");
        }
        int j = pos;
        if (reversed) {
            while (j >= 0 && (j >= d.entrySlots() || d.keyAt(j) == null)) {
                j--;
            }
            if (j < 0) {
                dict = null;
                return null;
            }
            pos = j - 1;
        } else {
            int n = d.entrySlots();
            while (j < n && d.keyAt(j) == null) {
                j++;
            }
            if (j >= n) {
                dict = null;
                return null;
            }
            pos = j + 1;
            if (remaining == 0) {
                dict = null;
                throw PyErr.runtimeError("dictionary keys changed during iteration");
            }
        }
        remaining--;
        switch (kind) {
            case KEYS:
                return d.keyAt(j);
            case VALUES:
                return d.valueAt(j);
            default:
                return new PyTuple(new PyObject[] {d.keyAt(j), d.valueAt(j)});
        }
    }
}
