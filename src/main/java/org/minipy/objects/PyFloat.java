package org.minipy.objects;

import org.minipy.objects.num.FloatRepr;
import org.minipy.objects.num.NumericHash;

/** {@code float}: an IEEE double with CPython's arithmetic, repr and hash. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT, t -> new Sub(t, 0.0));

    static {
        FloatMethods.install(TYPE);
    }

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** This value as an exact {@code float} (an instance of a Python subclass is converted). */
    public PyFloat exact() {
        return getClass() == PyFloat.class ? this : new PyFloat(value);
    }

    @Override
    public PyStr repr() {
        return PyStr.of(repr(value));
    }

    /** {@code float(x)} (CPython's {@code PyNumber_Float}): __float__, __index__, str, bytes. */
    public static PyFloat fromObject(PyObject x) {
        return FloatMethods.toFloat(x);
    }

    /** {@code repr(x)}: integral values below 1e16 directly, the rest by the shortest-digits search. */
    public static String repr(double x) {
        if (x == Math.rint(x) && x != 0 && Math.abs(x) < 1e16) {
            return Long.toString((long) x).concat(".0");
        }
        return FloatRepr.repr(x);
    }

    @Override
    public PyStr format(String spec) {
        return PyStr.of(ScalarFormat.formatFloat(value, spec));
    }

    /** CPython's numeric hash (equal to the hash of an equal int); NaN hashes by identity. */
    @Override
    public long hash() {
        if (Double.isNaN(value)) {
            return System.identityHashCode(this);
        }
        return NumericHash.hashDouble(value);
    }

    @Override
    public boolean hasBool() {
        return true;
    }

    @Override
    public boolean isTrue() {
        return value != 0.0;
    }

    @Override
    public PyFloat asFloat() {
        return exact();
    }

    /** {@code int(x)}: truncation toward zero. */
    @Override
    public PyObject asInt() {
        return IntOps.fromDouble(value);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyFloat f) {
            double b = f.value;
            switch (op) {
                case LT: return PyBool.of(value < b);
                case LE: return PyBool.of(value <= b);
                case EQ: return PyBool.of(value == b);
                case NE: return PyBool.of(value != b);
                case GT: return PyBool.of(value > b);
                default: return PyBool.of(value >= b);
            }
        }
        if (other instanceof PyInt i) {
            if (Double.isNaN(value)) {
                return PyBool.of(op == CompareOp.NE);
            }
            return PyBool.of(op.test(-IntOps.compareWithDouble(i, value)));
        }
        return PyNotImplemented.NotImplemented;
    }

    /** The double of a float or int operand, or NaN-free null marker via {@link #operand}. */
    private static boolean isNumber(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    private static double operand(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).doubleValue();
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (other instanceof PyFloat f) {
            return floatOp(value, op, f.value);
        }
        if (other instanceof PyInt) {
            return floatOp(value, op, operand(other));
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (isNumber(other)) {
            return floatOp(operand(other), op, value);
        }
        return PyNotImplemented.NotImplemented;
    }

    /** {@code a op b} for two doubles, or NotImplemented for the bitwise operators. */
    public static PyObject floatOp(double a, int op, double b) {
        switch (op) {
            case BinaryOps.ADD:
                return new PyFloat(a + b);
            case BinaryOps.SUBTRACT:
                return new PyFloat(a - b);
            case BinaryOps.MULTIPLY:
                return new PyFloat(a * b);
            case BinaryOps.TRUE_DIVIDE:
                return new PyFloat(FloatOps.trueDivide(a, b));
            case BinaryOps.FLOOR_DIVIDE:
                return new PyFloat(FloatOps.floorDivide(a, b));
            case BinaryOps.REMAINDER:
                return new PyFloat(FloatOps.remainder(a, b));
            case BinaryOps.POWER:
                return new PyFloat(FloatOps.pow(a, b));
            default:
                return PyNotImplemented.NotImplemented;
        }
    }

    @Override
    public PyObject negative() {
        return new PyFloat(-value);
    }

    @Override
    public PyObject positive() {
        return exact();
    }

    @Override
    public PyObject abs() {
        return new PyFloat(Math.abs(value));
    }

    /** An instance of a Python subclass of float. */
    static final class Sub extends PyFloat implements ClassAssignment.Target {
        private PyType type;

        /** {@code obj.__class__ = cls}, checked by {@link ClassAssignment}. */
        @Override
        public void setType(PyType t) {
            type = t;
        }
        private PyDict dict;

        Sub(PyType type, double value) {
            super(value);
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
