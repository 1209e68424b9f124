package org.minipy.objects;

import java.util.ArrayList;

/** Unpacking for assignments ({@code a, b = x}; {@code a, *b, c = x}), as CPython's {@code unpack_iterable}. */
public final class Unpack {
    private Unpack() {
    }

    /** {@code UNPACK_SEQUENCE n}: exactly n items, in order. */
    public static PyObject[] sequence(PyObject seq, int n) {
        if (seq instanceof PyTuple t && t.getType() == PyTuple.TYPE) {
            return checkExact(t.items(), t.size(), n).clone();
        }
        if (seq instanceof PyList l && l.getType() == PyList.TYPE) {
            checkExact(null, l.size(), n);
            return l.toArray();
        }
        PyObject it = iterOf(seq);
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject x = Abstract.next(it);
            if (x == null) {
                throw PyErr.valueError("not enough values to unpack (expected %d, got %d)", n, i);
            }
            out[i] = x;
        }
        if (Abstract.next(it) != null) {
            throw PyErr.valueError("too many values to unpack (expected %d)", n);
        }
        return out;
    }

    private static PyObject[] checkExact(PyObject[] items, int size, int n) {
        if (size < n) {
            throw PyErr.valueError("not enough values to unpack (expected %d, got %d)", n, size);
        }
        if (size > n) {
            throw PyErr.valueError("too many values to unpack (expected %d)", n);
        }
        return items;
    }

    /**
     * {@code UNPACK_EX}: {@code before} items, a list of the middle, then {@code after} items;
     * the result has before + 1 + after elements, the list at index {@code before}.
     */
    public static PyObject[] ex(PyObject seq, int before, int after) {
        PyObject it = iterOf(seq);
        PyObject[] out = new PyObject[before + 1 + after];
        for (int i = 0; i < before; i++) {
            PyObject x = Abstract.next(it);
            if (x == null) {
                throw PyErr.valueError("not enough values to unpack (expected at least %d, got %d)",
                        before + after, i);
            }
            out[i] = x;
        }
        ArrayList<PyObject> rest = new ArrayList<>();
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            rest.add(x);
        }
        if (rest.size() < after) {
            throw PyErr.valueError("not enough values to unpack (expected at least %d, got %d)",
                    before + after, before + rest.size());
        }
        int mid = rest.size() - after;
        out[before] = new PyList(rest.subList(0, mid).toArray(new PyObject[0]));
        for (int j = 0; j < after; j++) {
            out[before + 1 + j] = rest.get(mid + j);
        }
        return out;
    }

    private static PyObject iterOf(PyObject seq) {
        try {
            return Abstract.iter(seq);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && Abstract.special(seq, "__iter__") == null
                    && Abstract.special(seq, "__getitem__") == null && seq.iter() == null) {
                throw PyErr.typeError("cannot unpack non-iterable %s object", seq.getType().getName());
            }
            throw e;
        }
    }
}
