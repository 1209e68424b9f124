package org.minipy.objects;

/**
 * The stable sort behind {@code list.sort} and {@code sorted}: a merge sort with binary
 * insertion for short runs, comparing with {@code <} only (as CPython, errors propagate).
 * Keys and values move together; {@code values} may be the same array as {@code keys}.
 */
final class ListSort {
    private static final int SMALL = 12;

    private final PyObject[] keys;
    private final PyObject[] values;
    private final PyObject[] tmpKeys;
    private final PyObject[] tmpValues;
    /** 1 if every key is an exact int that fits a long, 2 if an exact float, 3 if an exact str, 0 otherwise. */
    private final int kind;

    private ListSort(PyObject[] keys, PyObject[] values, int n) {
        this.keys = keys;
        this.values = values;
        this.tmpKeys = new PyObject[n];
        this.tmpValues = values == keys ? tmpKeys : new PyObject[n];
        this.kind = kindOf(keys, n);
    }

    /** Sorts {@code keys[0:n]} ascending, permuting {@code values} alike. */
    static void sort(PyObject[] keys, PyObject[] values, int n) {
        if (n < 2) {
            return;
        }
        new ListSort(keys, values, n).mergeSort(0, n);
    }

    private static int kindOf(PyObject[] keys, int n) {
        PyType t = keys[0].getType();
        if (t == PyStr.TYPE) {
            for (int i = 0; i < n; i++) {
                if (keys[i].getClass() != PyStr.class) {
                    return 0;
                }
            }
            return 3;
        }
        if (t != PyInt.TYPE && t != PyFloat.TYPE) {
            return 0;
        }
        for (int i = 0; i < n; i++) {
            PyObject k = keys[i];
            if (k.getType() != t || (k instanceof PyInt pi && pi.isBig())) {
                return 0;
            }
        }
        return t == PyInt.TYPE ? 1 : 2;
    }

    private boolean lt(PyObject a, PyObject b) {
        if (kind == 1) {
            return ((PyInt) a).value < ((PyInt) b).value;
        }
        if (kind == 2) {
            return ((PyFloat) a).value < ((PyFloat) b).value;
        }
        if (kind == 3) {
            return PyStr.compare((PyStr) a, (PyStr) b) < 0;
        }
        return Abstract.richCompareBool(a, b, CompareOp.LT);
    }

    private void mergeSort(int lo, int hi) {
        if (hi - lo <= SMALL) {
            insertionSort(lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(lo, mid);
        mergeSort(mid, hi);
        if (!lt(keys[mid], keys[mid - 1])) {
            return; // already in order
        }
        merge(lo, mid, hi);
    }

    /** Binary insertion sort; an item goes after the equal ones before it (stable). */
    private void insertionSort(int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            PyObject k = keys[i];
            PyObject v = values[i];
            int l = lo, r = i;
            while (l < r) {
                int m = (l + r) >>> 1;
                if (lt(k, keys[m])) {
                    r = m;
                } else {
                    l = m + 1;
                }
            }
            if (l < i) {
                System.arraycopy(keys, l, keys, l + 1, i - l);
                if (values != keys) {
                    System.arraycopy(values, l, values, l + 1, i - l);
                }
                keys[l] = k;
                values[l] = v;
            }
        }
    }

    /** Merges the sorted runs [lo, mid) and [mid, hi); on ties the left run wins (stable). */
    private void merge(int lo, int mid, int hi) {
        int n1 = mid - lo;
        System.arraycopy(keys, lo, tmpKeys, 0, n1);
        if (values != keys) {
            System.arraycopy(values, lo, tmpValues, 0, n1);
        }
        int i = 0, j = mid, k = lo;
        try {
            while (i < n1 && j < hi) {
                if (lt(keys[j], tmpKeys[i])) {
                    keys[k] = keys[j];
                    values[k++] = values[j++];
                } else {
                    keys[k] = tmpKeys[i];
                    values[k++] = tmpValues[i++];
                }
            }
        } finally {
            // also on an exception: keep every item in the array exactly once
            while (i < n1) {
                keys[k] = tmpKeys[i];
                values[k++] = tmpValues[i++];
            }
        }
    }
}
