package org.minipy.objects;

/**
 * {@code slice(start, stop, step)}. Sequences call {@link #indices(int)} to normalise a slice
 * against their length, as CPython's {@code PySlice_GetIndicesEx}.
 */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PyType.OBJECT, null);

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start == null ? PyNone.None : start;
        this.stop = stop == null ? PyNone.None : stop;
        this.step = step == null ? PyNone.None : step;
    }

    /**
     * A slice normalised against a sequence length: the first index, the end (exclusive, may
     * be -1 for negative steps), the step and the number of selected items.
     */
    public record Indices(int start, int stop, int step, int length) {
        /** The sequence index of the k-th selected item. */
        public int at(int k) {
            return start + k * step;
        }
    }

    /** {@code PySlice_GetIndicesEx}: ValueError for a zero step, TypeError for bad indices. */
    public Indices indices(int length) {
        long st;
        if (step == PyNone.None) {
            st = 1;
        } else {
            st = sliceIndex(step);
            if (st == 0) {
                throw PyErr.valueError("slice step cannot be zero");
            }
            if (st < -Long.MAX_VALUE) {
                st = -Long.MAX_VALUE;
            }
        }
        long lo = start == PyNone.None ? (st < 0 ? Long.MAX_VALUE : 0) : sliceIndex(start);
        long hi = stop == PyNone.None ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sliceIndex(stop);
        lo = adjust(lo, length, st);
        hi = adjust(hi, length, st);
        long n = 0;
        if (st < 0) {
            if (hi < lo) {
                n = (lo - hi - 1) / (-st) + 1;
            }
        } else if (lo < hi) {
            n = (hi - lo - 1) / st + 1;
        }
        int istep = (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, st));
        return new Indices((int) lo, (int) hi, istep, (int) n);
    }

    private static long adjust(long i, long length, long step) {
        if (i < 0) {
            i += length;
            if (i < 0) {
                i = step < 0 ? -1 : 0;
            }
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
        return i;
    }

    /** {@code _PyEval_SliceIndex}: an index clamped to the long range. */
    public static long sliceIndex(PyObject v) {
        if (!Sequences.isIndex(v)) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Abstract.index(v);
        if (i.isBig()) {
            return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return i.value;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyStr repr() {
        return PyStr.of("slice(" + Abstract.repr(start).value() + ", " + Abstract.repr(stop).value()
                + ", " + Abstract.repr(step).value() + ")");
    }

    @Override
    public long hash() {
        throw PyErr.typeError("unhashable type: 'slice'");
    }

    private PyTuple asTuple() {
        return new PyTuple(new PyObject[] {start, stop, step});
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PySlice o)) {
            return PyNotImplemented.NotImplemented;
        }
        if (this == o && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.EQ);
        }
        return asTuple().richCompare(o.asTuple(), op);
    }

    /** {@code slice.indices(len)} for Python: arbitrary-size ints, as CPython. */
    private PyTuple indicesTuple(PyObject lenArg) {
        PyInt len = Abstract.index(lenArg);
        if (len.signum() < 0) {
            throw PyErr.valueError("length should not be negative");
        }
        if (!len.fitsInt()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        Indices ix = indices(len.intValue());
        return PyTuple.of(PyInt.of(ix.start()), PyInt.of(ix.stop()), PyInt.of(ix.step()));
    }

    static {
        TYPE.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            ArgParser.noKeywords("slice", kw);
            int n = a.length - 1;
            if (n < 1) {
                throw PyErr.typeError("slice expected at least 1 argument, got %d", n);
            }
            if (n > 3) {
                throw PyErr.typeError("slice expected at most 3 arguments, got %d", n);
            }
            if (n == 1) {
                return new PySlice(null, a[1], null);
            }
            return new PySlice(a[1], a[2], n == 3 ? a[3] : null);
        }));
        TYPE.put("start", new PyGetSetDescr(TYPE, "start", o -> ((PySlice) o).start, null));
        TYPE.put("stop", new PyGetSetDescr(TYPE, "stop", o -> ((PySlice) o).stop, null));
        TYPE.put("step", new PyGetSetDescr(TYPE, "step", o -> ((PySlice) o).step, null));
        TYPE.def("indices", (a, kw) -> {
            ArgParser.checkCount("slice.indices", a.length > 0 ? Sequences.tail(a) : a, kw, 1, 1);
            return ((PySlice) a[0]).indicesTuple(a[1]);
        });
        TYPE.slot("__repr__", (a, kw) -> a[0].repr());
        TYPE.put("__hash__", PyNone.None);
    }
}
