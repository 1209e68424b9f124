package org.minipy.builtins;

import static org.minipy.builtins.Args.def;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.BinaryOps;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyNotImplemented;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;
import org.minipy.objects.PyType;

/** Numeric built-ins: abs divmod pow round bin hex oct sum. */
final class NumberBuiltins {
    private NumberBuiltins() {
    }

    static void install(PyDict ns) {
        def(ns, "abs", (a, kw) -> Abstract.abs(Args.one("abs", a, kw)));
        def(ns, "divmod", (a, kw) -> {
            Args.positional("divmod", a, kw, 2, 2);
            return divmod(a[0], a[1]);
        });
        def(ns, "pow", (a, kw) -> {
            PyObject[] p = ArgParser.bind("pow", a, kw, new String[] {"base", "exp", "mod"}, 0, 2);
            if (p[2] == null || p[2] == PyNone.None) {
                return Abstract.binaryOp(p[0], p[1], BinaryOps.POWER);
            }
            return powMod(p[0], p[1], p[2]);
        });
        def(ns, "round", (a, kw) -> {
            PyObject[] p = ArgParser.bind("round", a, kw, new String[] {"number", "ndigits"}, 0, 1);
            return round(p[0], p[1]);
        });
        def(ns, "bin", (a, kw) -> PyStr.of(radix(Abstract.index(Args.one("bin", a, kw)), 2, "0b")));
        def(ns, "oct", (a, kw) -> PyStr.of(radix(Abstract.index(Args.one("oct", a, kw)), 8, "0o")));
        def(ns, "hex", (a, kw) -> PyStr.of(radix(Abstract.index(Args.one("hex", a, kw)), 16, "0x")));
        def(ns, "sum", (a, kw) -> {
            int npos = Args.npos(a, kw);
            if (npos == 0) {
                throw PyErr.typeError("sum() takes at least 1 positional argument (0 given)");
            }
            PyObject[] p = ArgParser.bind("sum", a, kw, new String[] {"iterable", "start"}, 1, 1);
            return sum(p[0], p[1] == null ? PyInt.ZERO : p[1]);
        });
    }

    static String radix(PyInt i, int radix, String prefix) {
        if (!i.isBig()) {
            long v = i.value;
            if (v >= 0) {
                return prefix + Long.toString(v, radix);
            }
            if (v != Long.MIN_VALUE) {
                return "-" + prefix + Long.toString(-v, radix);
            }
        }
        BigInteger b = i.bigValue();
        return (b.signum() < 0 ? "-" : "") + prefix + b.abs().toString(radix);
    }

    static PyObject divmod(PyObject x, PyObject y) {
        PyObject r = callNumberMethod(x, "__divmod__", y);
        if (r == PyNotImplemented.NotImplemented && x.getType() != y.getType()) {
            r = callNumberMethod(y, "__rdivmod__", x);
        }
        if (r != PyNotImplemented.NotImplemented) {
            return r;
        }
        if (isNumber(x) && isNumber(y)) {
            if ((x instanceof PyFloat || y instanceof PyFloat) && ModuleDefsBridge.isZero(y)) {
                throw PyErr.zeroDivisionError("float divmod()");
            }
            return PyTuple.of(Abstract.binaryOp(x, y, BinaryOps.FLOOR_DIVIDE),
                    Abstract.binaryOp(x, y, BinaryOps.REMAINDER));
        }
        throw PyErr.typeError("unsupported operand type(s) for divmod(): '%s' and '%s'",
                x.getType().getName(), y.getType().getName());
    }

    /** Zero test for an int or float divisor. */
    private static final class ModuleDefsBridge {
        static boolean isZero(PyObject y) {
            return y instanceof PyFloat f ? f.value == 0.0 : ((PyInt) y).signum() == 0;
        }
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }

    /** A special method of a Python class (never of a built-in type), or NotImplemented. */
    private static PyObject callNumberMethod(PyObject self, String name, PyObject arg) {
        PyObject m = Abstract.special(self, name);
        if (m == null) {
            return PyNotImplemented.NotImplemented;
        }
        return Abstract.callSpecial(m, self, arg);
    }

    static PyObject powMod(PyObject base, PyObject exp, PyObject mod) {
        if (!(base instanceof PyInt b && exp instanceof PyInt e && mod instanceof PyInt m)) {
            PyObject special = Abstract.special(base, "__pow__");
            if (special != null) {
                return Abstract.callSpecial(special, base, exp, mod);
            }
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger mv = m.bigValue();
        if (mv.signum() == 0) {
            throw PyErr.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger am = mv.abs();
        BigInteger bv = b.bigValue();
        BigInteger ev = e.bigValue();
        BigInteger r;
        if (ev.signum() < 0) {
            BigInteger inv;
            try {
                inv = bv.modInverse(am);
            } catch (ArithmeticException ex) {
                throw PyErr.valueError("base is not invertible for the given modulus");
            }
            r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : inv.modPow(ev.negate(), am);
        } else {
            r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : bv.modPow(ev, am);
        }
        if (mv.signum() < 0 && r.signum() != 0) {
            r = r.add(mv);
        }
        return PyInt.of(r);
    }

    static PyObject round(PyObject number, PyObject ndigits) {
        PyType t = number.getType();
        PyObject m = t.lookup("__round__");
        if (m != null) {
            return ndigits == null || ndigits == PyNone.None
                    ? Abstract.callSpecial(m, number) : Abstract.callSpecial(m, number, ndigits);
        }
        if (number instanceof PyFloat f) {
            return roundFloat(f.value, ndigits);
        }
        if (number instanceof PyInt i) {
            return roundInt(i, ndigits);
        }
        throw PyErr.typeError("type %s doesn't define __round__ method", t.getName());
    }

    /** float.__round__: half-even on the exact binary value (as CPython's correctly rounded one). */
    static PyObject roundFloat(double x, PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.None) {
            if (Double.isInfinite(x)) {
                throw PyErr.overflowError("cannot convert float infinity to integer");
            }
            if (Double.isNaN(x)) {
                throw PyErr.valueError("cannot convert float NaN to integer");
            }
            double r = Math.rint(x);
            if (Math.abs(r) < 9.0e18) {
                return PyInt.of((long) r);
            }
            return PyInt.of(new BigDecimal(r).toBigInteger());
        }
        PyInt nd = Abstract.index(ndigits);
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return new PyFloat(x);
        }
        if (nd.isBig() || nd.value > 400) {
            return new PyFloat(x);
        }
        if (nd.value < -400) {
            return new PyFloat(0.0 * x);
        }
        BigDecimal d = new BigDecimal(x).setScale((int) nd.value, RoundingMode.HALF_EVEN);
        double r = d.doubleValue();
        if (Double.isInfinite(r)) {
            throw PyErr.overflowError("rounded value too large to represent");
        }
        return new PyFloat(r == 0.0 ? Math.copySign(0.0, x) : r);
    }

    /** int.__round__: negative ndigits round to tens, hundreds, ... half to even. */
    static PyObject roundInt(PyInt i, PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.None) {
            return i instanceof PyBool ? PyInt.of(i.value) : i;
        }
        PyInt nd = Abstract.index(ndigits);
        if (nd.signum() >= 0) {
            return i instanceof PyBool ? PyInt.of(i.value) : i;
        }
        if (nd.isBig() || nd.value < -100000) {
            return PyInt.ZERO;
        }
        BigDecimal d = new BigDecimal(i.bigValue()).setScale((int) nd.value, RoundingMode.HALF_EVEN);
        return PyInt.of(d.setScale(0).toBigIntegerExact());
    }

    static PyObject sum(PyObject iterable, PyObject start) {
        if (start instanceof PyStr) {
            throw PyErr.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes) {
            throw PyErr.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        PyObject it = Abstract.iter(iterable);
        PyObject result = start;
        PyObject item = null;
        // Fast path: exact ints accumulate in a long until one overflows or a non-int comes.
        if (result instanceof PyInt ri && !ri.isBig()) {
            long acc = ri.value;
            while (true) {
                item = Abstract.next(it);
                if (item == null) {
                    return PyInt.of(acc);
                }
                if (item instanceof PyInt ii && !ii.isBig() && (item.getType() == PyInt.TYPE || item instanceof PyBool)) {
                    long r = acc + ii.value;
                    if (((acc ^ r) & (ii.value ^ r)) < 0) {
                        result = PyInt.add(PyInt.of(acc), ii);
                        item = null;
                        break;
                    }
                    acc = r;
                } else {
                    result = PyInt.of(acc);
                    break;
                }
            }
        }
        // Fast path: floats (ints that fit are added as doubles, as CPython does).
        if (result instanceof PyFloat rf && result.getType() == PyFloat.TYPE) {
            double acc = rf.value;
            if (item != null) {
                if (item instanceof PyFloat f && item.getType() == PyFloat.TYPE) {
                    acc += f.value;
                    item = null;
                }
            }
            if (item == null) {
                while (true) {
                    item = Abstract.next(it);
                    if (item == null) {
                        return new PyFloat(acc);
                    }
                    if (item instanceof PyFloat f && item.getType() == PyFloat.TYPE) {
                        acc += f.value;
                    } else if (item instanceof PyInt ii && !ii.isBig()) {
                        acc += ii.value;
                    } else {
                        break;
                    }
                }
            }
            result = new PyFloat(acc);
        } else if (item != null && result instanceof PyInt && item instanceof PyFloat f
                && item.getType() == PyFloat.TYPE) {
            // int prefix then floats: continue in the float fast path
            result = Abstract.binaryOp(result, item, BinaryOps.ADD);
            return sum(new RestIterable(it), result);
        }
        if (item != null) {
            result = Abstract.binaryOp(result, item, BinaryOps.ADD);
        }
        for (item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            result = Abstract.binaryOp(result, item, BinaryOps.ADD);
        }
        return result;
    }

    /** Wraps an iterator already started, to hand the rest to another pass. */
    private static final class RestIterable extends PyObject {
        private final PyObject it;

        RestIterable(PyObject it) {
            this.it = it;
        }

        @Override
        public PyType getType() {
            return PyType.OBJECT;
        }

        @Override
        public PyObject iter() {
            return it;
        }
    }
}
