package org.minipy.objects;

import java.math.BigInteger;

/**
 * {@code int}: arbitrary precision with a machine-word fast path. A value that fits in a
 * {@code long} is held in {@link #value} with {@code big == null}; otherwise {@code big} holds
 * it. Values are always normalised, so {@code big != null} implies the value does not fit.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyType.OBJECT, t -> new Sub(t, 0, null));

    private static final int SMALL_MIN = -5, SMALL_MAX = 256;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) {
            SMALL[i - SMALL_MIN] = new PyInt(i, null);
        }
    }

    public static final PyInt ZERO = of(0);
    public static final PyInt ONE = of(1);

    static {
        IntMethods.install(TYPE);
    }

    /** The value when it fits in a long (then {@link #big} is null). */
    public final long value;
    /** The value when it does not fit in a long, else null. */
    public final BigInteger big;

    protected PyInt(long value, BigInteger big) {
        this.value = value;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) {
            return SMALL[(int) v - SMALL_MIN];
        }
        return new PyInt(v, null);
    }

    public static PyInt of(BigInteger v) {
        if (v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0) {
            return of(v.longValue());
        }
        return new PyInt(0, v);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** This value as an exact {@code int} (a bool or an instance of a Python subclass is converted). */
    public PyInt exact() {
        return getClass() == PyInt.class ? this : big == null ? of(value) : new PyInt(0, big);
    }

    public boolean isBig() {
        return big != null;
    }

    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public boolean fitsInt() {
        return big == null && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    }

    /** The value as a Java int; only valid when {@link #fitsInt()}. */
    public int intValue() {
        return (int) value;
    }

    /** The value as a long, or OverflowError with CPython's message. */
    public long longValue() {
        if (big != null) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return value;
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    public double doubleValue() {
        if (big == null) {
            return value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** CPython's hash of an int: the value modulo 2**61 - 1, with -1 mapped to -2. */
    public long hashValue() {
        return IntOps.hash(this);
    }

    @Override
    public long hash() {
        return IntOps.hash(this);
    }

    @Override
    public PyStr repr() {
        return PyStr.of(IntOps.toDecimalString(this));
    }

    @Override
    public PyStr format(String spec) {
        return PyStr.of(ScalarFormat.formatInt(this, spec));
    }

    @Override
    public boolean hasBool() {
        return true;
    }

    @Override
    public boolean isTrue() {
        return big != null || value != 0;
    }

    @Override
    public PyInt index() {
        return this;
    }

    /** {@code int(self)}: an exact int (bool's and subclasses' are converted). */
    @Override
    public PyObject asInt() {
        return exact();
    }

    @Override
    public PyFloat asFloat() {
        return new PyFloat(doubleValue());
    }

    public int compareTo(PyInt o) {
        if (big == null && o.big == null) {
            return Long.compare(value, o.value);
        }
        return bigValue().compareTo(o.bigValue());
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyInt o) {
            if (big == null && o.big == null) {
                return PyBool.of(op.test(Long.compare(value, o.value)));
            }
            return PyBool.of(op.test(compareTo(o)));
        }
        if (other instanceof PyFloat f) {
            if (Double.isNaN(f.value)) {
                return PyBool.of(op == CompareOp.NE);
            }
            return PyBool.of(op.test(IntOps.compareWithDouble(this, f.value)));
        }
        return PyNotImplemented.NotImplemented;
    }

    // ---- arithmetic: the scalar helper completes these -----------------------------------------

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(a.bigValue().add(b.bigValue()));
    }

    public static PyInt subtract(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) >= 0) {
                return of(r);
            }
        }
        return of(a.bigValue().subtract(b.bigValue()));
    }

    public static PyInt multiply(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value);
            long lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return of(lo);
            }
        }
        return of(a.bigValue().multiply(b.bigValue()));
    }

    /** {@code int(x)} for one argument (CPython's {@code PyNumber_Long}): __int__, __index__, __trunc__, str, bytes. */
    public static PyInt fromObject(PyObject x) {
        return IntMethods.toInt(x);
    }

    /** {@code pow(a, b, mod)} for ints (modular inverse for a negative exponent, as 3.8+). */
    public static PyInt pow(PyInt a, PyInt b, PyInt mod) {
        return IntOps.pow(a, b, mod);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (!(other instanceof PyInt b)) {
            return PyNotImplemented.NotImplemented;
        }
        return intOp(this, op, b);
    }

    /** {@code a op b} for two ints. */
    public static PyObject intOp(PyInt a, int op, PyInt b) {
        switch (op) {
            case BinaryOps.ADD:
                return add(a, b);
            case BinaryOps.SUBTRACT:
                return subtract(a, b);
            case BinaryOps.MULTIPLY:
                return multiply(a, b);
            case BinaryOps.FLOOR_DIVIDE:
                return IntOps.floorDivide(a, b);
            case BinaryOps.REMAINDER:
                return IntOps.remainder(a, b);
            case BinaryOps.TRUE_DIVIDE:
                return PyFloat.of(IntOps.trueDivide(a, b));
            case BinaryOps.POWER:
                return IntOps.pow(a, b);
            case BinaryOps.LSHIFT:
                return IntOps.lshift(a, b);
            case BinaryOps.RSHIFT:
                return IntOps.rshift(a, b);
            case BinaryOps.AND:
                return IntOps.and(a, b);
            case BinaryOps.OR:
                return IntOps.or(a, b);
            case BinaryOps.XOR:
                return IntOps.xor(a, b);
            default:
                return PyNotImplemented.NotImplemented;
        }
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (other instanceof PyInt a) {
            return intOp(a, op, this);
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject negative() {
        return IntOps.negate(this);
    }

    @Override
    public PyObject positive() {
        return exact();
    }

    @Override
    public PyObject invert() {
        return IntOps.invert(this);
    }

    @Override
    public PyObject abs() {
        return IntOps.abs(this);
    }

    /** An instance of a Python subclass of int: the value plus the class and an instance dict. */
    static final class Sub extends PyInt implements ClassAssignment.Target {
        private PyType type;

        /** {@code obj.__class__ = cls}, checked by {@link ClassAssignment}. */
        @Override
        public void setType(PyType t) {
            type = t;
        }
        private PyDict dict;

        Sub(PyType type, long value, BigInteger big) {
            super(value, big);
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }
    }
}
