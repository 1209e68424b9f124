package org.minipy.objects;

import java.math.BigInteger;

/**
 * {@code range}: an immutable arithmetic sequence of ints. Ranges whose bounds and length fit
 * a long iterate with {@link Iter} (allocating only the int results); others use BigInteger.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT, null);

    public final PyInt start;
    public final PyInt stop;
    public final PyInt step;
    private final PyInt length;
    /** True when start, stop, step and length all fit in a long. */
    private final boolean small;

    public PyRange(PyInt start, PyInt stop, PyInt step) {
        if (step.signum() == 0) {
            throw PyErr.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
        this.small = !start.isBig() && !stop.isBig() && !step.isBig() && !length.isBig();
    }

    /** {@code range(start, stop, step)} for Java callers. */
    public static PyRange of(long start, long stop, long step) {
        return new PyRange(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    private static PyInt computeLength(PyInt lo, PyInt hi, PyInt step) {
        if (!lo.isBig() && !hi.isBig() && !step.isBig()) {
            long a = lo.value, b = hi.value, s = step.value;
            // the differences may overflow a long; fall through to BigInteger then
            if (s > 0 && a < b && b - a > 0) {
                return PyInt.of((b - a - 1) / s + 1);
            }
            if (s < 0 && a > b && a - b > 0 && s != Long.MIN_VALUE) {
                return PyInt.of((a - b - 1) / (-s) + 1);
            }
            if ((s > 0 && a >= b) || (s < 0 && a <= b)) {
                return PyInt.ZERO;
            }
        }
        BigInteger a = lo.bigValue(), b = hi.bigValue(), s = step.bigValue();
        if (s.signum() > 0 && a.compareTo(b) < 0) {
            return PyInt.of(b.subtract(a).subtract(BigInteger.ONE).divide(s).add(BigInteger.ONE));
        }
        if (s.signum() < 0 && a.compareTo(b) > 0) {
            return PyInt.of(a.subtract(b).subtract(BigInteger.ONE).divide(s.negate()).add(BigInteger.ONE));
        }
        return PyInt.ZERO;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** {@code len(range)} as a Python int (may exceed any Java type). */
    public PyInt lengthObject() {
        return length;
    }

    @Override
    public int length() {
        if (!length.fitsInt()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return length.intValue();
    }

    @Override
    public boolean hasBool() {
        return true;
    }

    @Override
    public boolean isTrue() {
        return length.signum() != 0;
    }

    /** The i-th element, 0 <= i < len. */
    private PyInt at(PyInt i) {
        if (small && !i.isBig()) {
            return PyInt.of(start.value + i.value * step.value);
        }
        return PyInt.add(start, PyInt.multiply(i, step));
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            return slice(s);
        }
        if (!Sequences.isIndex(key)) {
            throw Sequences.indicesError("range", key);
        }
        PyInt i = Abstract.index(key);
        if (i.signum() < 0) {
            i = PyInt.add(i, length);
        }
        if (i.signum() < 0 || i.compareTo(length) >= 0) {
            throw PyErr.indexError("range object index out of range");
        }
        return at(i);
    }

    /** {@code range[slice]}: another range (CPython's compute_slice, with arbitrary-size ints). */
    private PyRange slice(PySlice sl) {
        BigInteger len = length.bigValue();
        BigInteger st = sl.step == PyNone.None ? BigInteger.ONE : sliceIndex(sl.step);
        if (st.signum() == 0) {
            throw PyErr.valueError("slice step cannot be zero");
        }
        boolean neg = st.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? len.subtract(BigInteger.ONE) : len;
        BigInteger lo = sl.start == PyNone.None ? (neg ? upper : lower) : clamp(sliceIndex(sl.start), len, lower, upper);
        BigInteger hi = sl.stop == PyNone.None ? (neg ? lower : upper) : clamp(sliceIndex(sl.stop), len, lower, upper);
        BigInteger b = start.bigValue(), s = step.bigValue();
        return new PyRange(PyInt.of(b.add(lo.multiply(s))), PyInt.of(b.add(hi.multiply(s))), PyInt.of(st.multiply(s)));
    }

    private static BigInteger sliceIndex(PyObject v) {
        if (!Sequences.isIndex(v)) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.index(v).bigValue();
    }

    private static BigInteger clamp(BigInteger i, BigInteger len, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(len);
            if (i.compareTo(lower) < 0) {
                i = lower;
            }
        } else if (i.compareTo(upper) > 0) {
            i = upper;
        }
        return i;
    }

    /** True if x is an exact int (or bool) in this range: O(1). */
    private boolean containsInt(PyInt x) {
        int c1 = x.compareTo(start), c2 = x.compareTo(stop);
        boolean inBounds = step.signum() > 0 ? c1 >= 0 && c2 < 0 : c1 <= 0 && c2 > 0;
        if (!inBounds) {
            return false;
        }
        if (small && !x.isBig()) {
            try {
                return Math.floorMod(Math.subtractExact(x.value, start.value), step.value) == 0;
            } catch (ArithmeticException e) {
                // fall through
            }
        }
        return x.bigValue().subtract(start.bigValue()).mod(step.bigValue().abs()).signum() == 0;
    }

    private static boolean isExactInt(PyObject o) {
        return o.getType() == PyInt.TYPE || o.getType() == PyBool.TYPE;
    }

    @Override
    public Boolean contains(PyObject item) {
        if (isExactInt(item)) {
            return containsInt((PyInt) item);
        }
        PyObject it = iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (Abstract.eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    /** {@code range.count(x)}. */
    public PyInt count(PyObject x) {
        if (isExactInt(x)) {
            return containsInt((PyInt) x) ? PyInt.ONE : PyInt.ZERO;
        }
        long n = 0;
        PyObject it = iter();
        for (PyObject y = it.next(); y != null; y = it.next()) {
            if (Abstract.eq(y, x)) {
                n++;
            }
        }
        return PyInt.of(n);
    }

    /** {@code range.index(x)}. */
    public PyInt index(PyObject x) {
        if (isExactInt(x)) {
            PyInt v = (PyInt) x;
            if (!containsInt(v)) {
                throw PyErr.valueError("%s is not in range", Abstract.repr(x).value());
            }
            if (small && !v.isBig()) {
                return PyInt.of((v.value - start.value) / step.value);
            }
            return PyInt.of(v.bigValue().subtract(start.bigValue()).divide(step.bigValue()));
        }
        long n = 0;
        PyObject it = iter();
        for (PyObject y = it.next(); y != null; y = it.next(), n++) {
            if (Abstract.eq(y, x)) {
                return PyInt.of(n);
            }
        }
        throw PyErr.valueError("sequence.index(x): x not in sequence");
    }

    @Override
    public PyObject iter() {
        if (small) {
            return new Iter(start.value, step.value, length.value);
        }
        return new LongIter(start.bigValue(), step.bigValue(), length.bigValue());
    }

    /** {@code reversed(range)}. */
    public PyObject reversedIter() {
        if (small && step.value != Long.MIN_VALUE) {
            long n = length.value;
            long last = n == 0 ? start.value : start.value + (n - 1) * step.value;
            return new Iter(last, -step.value, n);
        }
        BigInteger n = length.bigValue();
        BigInteger s = step.bigValue();
        BigInteger last = start.bigValue().add(n.subtract(BigInteger.ONE).max(BigInteger.ZERO).multiply(s));
        return new LongIter(last, s.negate(), n);
    }

    @Override
    public PyStr repr() {
        String s = "range(" + start.repr().value() + ", " + stop.repr().value();
        if (!(step.value == 1 && !step.isBig())) {
            s += ", " + step.repr().value();
        }
        return PyStr.of(s + ")");
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyRange o) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NotImplemented;
        }
        return PyBool.of(equalTo(o) == (op == CompareOp.EQ));
    }

    private boolean equalTo(PyRange o) {
        if (this == o) {
            return true;
        }
        if (length.compareTo(o.length) != 0) {
            return false;
        }
        if (length.signum() == 0) {
            return true;
        }
        if (start.compareTo(o.start) != 0) {
            return false;
        }
        return length.compareTo(PyInt.ONE) == 0 || step.compareTo(o.step) == 0;
    }

    /** As CPython: the hash of (len, start, step) with None for the parts that do not matter. */
    @Override
    public long hash() {
        PyObject[] t = {length, PyNone.None, PyNone.None};
        if (length.signum() != 0) {
            t[1] = start;
            if (length.compareTo(PyInt.ONE) != 0) {
                t[2] = step;
            }
        }
        return Abstract.hash(new PyTuple(t));
    }

    /** {@code range_iterator}: counts down a long; {@link #next} allocates only the result. */
    public static final class Iter extends PyObject
            implements IterState.Hint, IterState.Reducible, IterState.Settable {
        static final PyType TYPE = PyType.builtin("range_iterator", Iter.class);
        private long next;
        private final long step;
        private long remaining;
        /** The first value and the count, for __reduce__ and __setstate__. */
        private final long start, length;

        Iter(long start, long step, long length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
            this.start = start;
            this.length = length;
        }

        @Override
        public PyObject lengthHint() {
            return PyInt.of(remaining);
        }

        /** cf. rangeiter_reduce: {@code (iter, (range(start, start + len * step, step),), index)}. */
        @Override
        public PyObject reduce() {
            PyInt st = PyInt.of(step);
            PyInt stop = PyInt.add(PyInt.of(start), PyInt.multiply(PyInt.of(length), st));
            return IterState.triple(IterState.builtin("iter"), new PyRange(PyInt.of(start), stop, st),
                    length - remaining);
        }

        @Override
        public void setState(PyObject state) {
            long i = IterState.clamp(IterState.index(state), 0, length);
            next = start + i * step;
            remaining = length - i;
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
            if (remaining <= 0) {
                return null;
            }
            long v = next;
            next += step;
            remaining--;
            return PyInt.of(v);
        }

        static {
            Sequences.iteratorSlots(TYPE);
            IterState.install(TYPE, Iter.class);
        }
    }

    /** {@code longrange_iterator}: for ranges beyond a long. */
    static final class LongIter extends PyObject {
        static final PyType TYPE = PyType.builtin("longrange_iterator", LongIter.class);
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        LongIter(BigInteger start, BigInteger step, BigInteger length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
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
            if (remaining.signum() <= 0) {
                return null;
            }
            BigInteger v = next;
            next = next.add(step);
            remaining = remaining.subtract(BigInteger.ONE);
            return PyInt.of(v);
        }

        static {
            Sequences.iteratorSlots(TYPE);
        }
    }

    static {
        TYPE.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            ArgParser.noKeywords("range", kw);
            int n = a.length - 1;
            if (n < 1) {
                throw PyErr.typeError("range expected at least 1 argument, got %d", n);
            }
            if (n > 3) {
                throw PyErr.typeError("range expected at most 3 arguments, got %d", n);
            }
            if (n == 1) {
                return new PyRange(PyInt.ZERO, Sequences.exactIndex(a[1]), PyInt.ONE);
            }
            PyInt lo = Sequences.exactIndex(a[1]);
            PyInt hi = Sequences.exactIndex(a[2]);
            PyInt st = n == 3 ? Sequences.exactIndex(a[3]) : PyInt.ONE;
            return new PyRange(lo, hi, st);
        }));
        Sequences.sequenceSlots(TYPE);
        TYPE.slot("__bool__", (a, kw) -> PyBool.of(a[0].isTrue()));
        TYPE.slot("__hash__", (a, kw) -> PyInt.of(a[0].hash()));
        TYPE.def("__reversed__", (a, kw) -> {
            Sequences.methodArgs("range.__reversed__", a, kw, 0, 0);
            return ((PyRange) a[0]).reversedIter();
        });
        TYPE.def("count", (a, kw) -> {
            Sequences.methodArgs("range.count", a, kw, 1, 1);
            return ((PyRange) a[0]).count(a[1]);
        });
        TYPE.def("index", (a, kw) -> {
            Sequences.methodArgs("range.index", a, kw, 1, 1);
            return ((PyRange) a[0]).index(a[1]);
        });
        TYPE.put("start", new PyGetSetDescr(TYPE, "start", o -> ((PyRange) o).start, null));
        TYPE.put("stop", new PyGetSetDescr(TYPE, "stop", o -> ((PyRange) o).stop, null));
        TYPE.put("step", new PyGetSetDescr(TYPE, "step", o -> ((PyRange) o).step, null));
    }
}
