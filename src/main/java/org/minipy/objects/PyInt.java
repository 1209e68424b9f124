package org.minipy.objects;

import java.math.BigInteger;

/**
 * {@code int}: arbitrary precision with a machine-word fast path. A value that fits in a
 * {@code long} is held in {@link #value} with {@code big == null}; otherwise {@code big} holds
 * it. Values are always normalised, so {@code big != null} implies the value does not fit.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyType.OBJECT, null);

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
        final long modulus = (1L << 61) - 1;
        long h;
        if (big == null) {
            h = Math.floorMod(value, modulus);
            if (value < 0) {
                h = -Math.floorMod(-(value + 1) + 1, modulus);
                if (value == Long.MIN_VALUE) {
                    h = -BigInteger.valueOf(value).negate().mod(BigInteger.valueOf(modulus)).longValue();
                }
            }
        } else {
            h = big.abs().mod(BigInteger.valueOf(modulus)).longValue();
            if (big.signum() < 0) {
                h = -h;
            }
        }
        return h == -1 ? -2 : h;
    }

    @Override
    public long hash() {
        return hashValue();
    }

    @Override
    public PyStr repr() {
        return PyStr.of(big != null ? big.toString() : Long.toString(value));
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

    @Override
    public PyObject asInt() {
        return this;
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
            return PyBool.of(op.test(compareTo(o)));
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

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (!(other instanceof PyInt b)) {
            return PyNotImplemented.NotImplemented;
        }
        switch (op) {
            case BinaryOps.ADD:
                return add(this, b);
            case BinaryOps.SUBTRACT:
                return subtract(this, b);
            case BinaryOps.MULTIPLY:
                return multiply(this, b);
            default:
                return PyNotImplemented.NotImplemented;
        }
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (other instanceof PyInt a) {
            return a.binaryOp(op, this);
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject negative() {
        return big == null && value != Long.MIN_VALUE ? of(-value) : of(bigValue().negate());
    }

    @Override
    public PyObject positive() {
        return this;
    }
}
