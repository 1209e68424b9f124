package org.minipy.modules;

import static org.minipy.modules.ModuleDefs.asDouble;
import static org.minipy.modules.ModuleDefs.def;
import static org.minipy.modules.ModuleDefs.one;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;
import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.BinaryOps;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyTuple;

/** The {@code math} module (CPython's {@code Modules/mathmodule.c}), on java.lang.Math. */
public final class MathModule {
    private MathModule() {
    }

    static org.minipy.objects.PyException domain() {
        return PyErr.valueError("math domain error");
    }

    static org.minipy.objects.PyException range() {
        return PyErr.overflowError("math range error");
    }

    public static PyModule create() {
        PyModule m = new PyModule("math");
        m.getDict().setItem("pi", new PyFloat(Math.PI));
        m.getDict().setItem("e", new PyFloat(Math.E));
        m.getDict().setItem("tau", new PyFloat(2 * Math.PI));
        m.getDict().setItem("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.getDict().setItem("nan", new PyFloat(Double.NaN));

        // functions of one float that may raise a domain error (nan result from non-nan input)
        // or a range error (infinite result from finite input), as CPython's math_1
        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "exp", Math::exp, true);
        unary(m, "exp2", x -> Math.pow(2.0, x), true);
        unary(m, "expm1", Math::expm1, true);
        unary(m, "log1p", x -> {
            if (x <= -1.0) {
                throw domain();
            }
            return Math.log1p(x);
        }, false);
        unary(m, "sin", Math::sin, false);
        unary(m, "cos", Math::cos, false);
        unary(m, "tan", Math::tan, false);
        unary(m, "asin", Math::asin, false);
        unary(m, "acos", Math::acos, false);
        unary(m, "atan", Math::atan, false);
        unary(m, "sinh", Math::sinh, true);
        unary(m, "cosh", Math::cosh, true);
        unary(m, "tanh", Math::tanh, false);
        unary(m, "asinh", MathModule::asinh, false);
        unary(m, "acosh", MathModule::acosh, false);
        unary(m, "atanh", x -> {
            if (Math.abs(x) >= 1.0) {
                throw domain();
            }
            return atanh(x);
        }, false);
        unary(m, "fabs", Math::abs, false);
        unary(m, "degrees", x -> x * (180.0 / Math.PI), true);
        unary(m, "radians", x -> x * (Math.PI / 180.0), false);
        unary(m, "ulp", x -> Double.isNaN(x) || Double.isInfinite(x) ? Math.abs(x) : Math.ulp(x), false);

        def(m, "isfinite", (a, kw) -> {
            double x = asDouble(one("math.isfinite", a, kw));
            return PyBool.of(!Double.isNaN(x) && !Double.isInfinite(x));
        });
        def(m, "isinf", (a, kw) -> PyBool.of(Double.isInfinite(asDouble(one("math.isinf", a, kw)))));
        def(m, "isnan", (a, kw) -> PyBool.of(Double.isNaN(asDouble(one("math.isnan", a, kw)))));
        def(m, "log", (a, kw) -> {
            ModuleDefs.noKw("math.log", kw);
            if (a.length < 1 || a.length > 2) {
                throw PyErr.typeError("math.log requires 1 to 2 arguments");
            }
            double num = log(a[0], Math::log);
            if (a.length == 1) {
                return new PyFloat(num);
            }
            double den = log(a[1], Math::log);
            if (den == 0.0) {
                throw PyErr.zeroDivisionError("float division by zero");
            }
            return new PyFloat(num / den);
        });
        def(m, "log2", (a, kw) -> new PyFloat(log(one("math.log2", a, kw), MathModule::log2)));
        def(m, "log10", (a, kw) -> new PyFloat(log(one("math.log10", a, kw), StrictMath::log10)));
        def(m, "pow", (a, kw) -> {
            ModuleDefs.count("pow", a, kw, 2, 2);
            return new PyFloat(pow(asDouble(a[0]), asDouble(a[1])));
        });
        def(m, "atan2", (a, kw) -> {
            ModuleDefs.count("atan2", a, kw, 2, 2);
            return new PyFloat(Math.atan2(asDouble(a[0]), asDouble(a[1])));
        });
        def(m, "copysign", (a, kw) -> {
            ModuleDefs.count("copysign", a, kw, 2, 2);
            return new PyFloat(Math.copySign(asDouble(a[0]), asDouble(a[1])));
        });
        def(m, "fmod", (a, kw) -> {
            ModuleDefs.count("fmod", a, kw, 2, 2);
            double x = asDouble(a[0]), y = asDouble(a[1]);
            if (Double.isInfinite(y) && !Double.isNaN(x) && !Double.isInfinite(x)) {
                return new PyFloat(x);
            }
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domain();
            }
            return new PyFloat(r);
        });
        def(m, "remainder", (a, kw) -> {
            ModuleDefs.count("remainder", a, kw, 2, 2);
            double x = asDouble(a[0]), y = asDouble(a[1]);
            double r = Math.IEEEremainder(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domain();
            }
            return new PyFloat(r);
        });
        def(m, "nextafter", (a, kw) -> {
            ModuleDefs.count("nextafter", a, kw, 2, 2);
            return new PyFloat(Math.nextAfter(asDouble(a[0]), asDouble(a[1])));
        });
        def(m, "hypot", (a, kw) -> {
            ModuleDefs.noKw("math.hypot", kw);
            double[] v = new double[a.length];
            for (int k = 0; k < a.length; k++) {
                v[k] = asDouble(a[k]);
            }
            return new PyFloat(vectorNorm(v));
        });
        def(m, "dist", (a, kw) -> {
            ModuleDefs.count("dist", a, kw, 2, 2);
            PyTuple p = PyTuple.fromIterable(a[0]), q = PyTuple.fromIterable(a[1]);
            if (p.size() != q.size()) {
                throw PyErr.valueError("both points must have the same number of dimensions");
            }
            double[] v = new double[p.size()];
            for (int i = 0; i < p.size(); i++) {
                v[i] = asDouble(p.get(i)) - asDouble(q.get(i));
            }
            return new PyFloat(vectorNorm(v));
        });
        def(m, "floor", (a, kw) -> rounding(one("math.floor", a, kw), "__floor__", Math::floor));
        def(m, "ceil", (a, kw) -> rounding(one("math.ceil", a, kw), "__ceil__", Math::ceil));
        def(m, "trunc", (a, kw) -> {
            PyObject x = one("math.trunc", a, kw);
            if (x instanceof PyInt i) {
                return PyInt.of(i.bigValue());
            }
            if (x instanceof PyFloat f) {
                return floatToInt(f.value < 0 ? Math.ceil(f.value) : Math.floor(f.value));
            }
            PyObject t = x.getType().lookup("__trunc__");
            if (t == null) {
                throw PyErr.typeError("type %s doesn't define __trunc__ method", x.getType().getName());
            }
            return Abstract.callSpecial(t, x);
        });
        def(m, "modf", (a, kw) -> {
            double x = asDouble(one("math.modf", a, kw));
            if (Double.isInfinite(x)) {
                return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip));
        });
        def(m, "frexp", (a, kw) -> {
            double x = asDouble(one("math.frexp", a, kw));
            if (x == 0.0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return PyTuple.of(new PyFloat(x), PyInt.ZERO);
            }
            int e = Math.getExponent(x);
            if (e == Double.MIN_EXPONENT - 1) { // subnormal
                x *= 0x1p54;
                e = Math.getExponent(x) - 54;
                return PyTuple.of(new PyFloat(Math.scalb(x, -(Math.getExponent(x) + 1))), PyInt.of(e + 1));
            }
            return PyTuple.of(new PyFloat(Math.scalb(x, -(e + 1))), PyInt.of(e + 1));
        });
        def(m, "ldexp", (a, kw) -> {
            ModuleDefs.count("ldexp", a, kw, 2, 2);
            double x = asDouble(a[0]);
            if (!(a[1] instanceof PyInt)) {
                throw PyErr.typeError("Expected an int as second argument to ldexp.");
            }
            PyInt e = (PyInt) a[1];
            if (x == 0.0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return new PyFloat(x);
            }
            int exp = e.isBig() ? (e.signum() > 0 ? 100000 : -100000)
                    : (int) Math.max(-100000, Math.min(100000, e.value));
            double r = Math.scalb(x, exp);
            if (Double.isInfinite(r)) {
                throw range();
            }
            return new PyFloat(r);
        });
        def(m, "isclose", (a, kw) -> {
            PyObject[] p = ArgParser.bind("isclose", a, kw, new String[] {"a", "b", "rel_tol", "abs_tol"}, 2, 2);
            double x = asDouble(p[0]), y = asDouble(p[1]);
            double rel = p[2] == null ? 1e-9 : asDouble(p[2]);
            double abs = p[3] == null ? 0.0 : asDouble(p[3]);
            if (rel < 0.0 || abs < 0.0) {
                throw PyErr.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return PyBool.True;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return PyBool.False;
            }
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
        IntegerMath.install(m);
        def(m, "fsum", (a, kw) -> new PyFloat(fsum(one("math.fsum", a, kw))));
        def(m, "prod", (a, kw) -> {
            int npos = a.length - ArgParser.nkw(kw);
            if (npos != 1) {
                throw PyErr.typeError("prod() takes exactly 1 positional argument (%d given)", npos);
            }
            PyObject[] p = ArgParser.bind("prod", a, kw, new String[] {"iterable", "start"}, 1, 1);
            PyObject r = p[1] == null ? PyInt.ONE : p[1];
            PyObject it = Abstract.iter(p[0]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                r = Abstract.binaryOp(r, x, BinaryOps.MULTIPLY);
            }
            return r;
        });
        return m;
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        String qual = "math." + name;
        def(m, name, (a, kw) -> {
            double x = asDouble(one(qual, a, kw));
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw domain();
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isNaN(x)) {
                throw canOverflow ? range() : domain();
            }
            return new PyFloat(r);
        });
    }

    private static final double LN2 = 0.6931471805599453;

    /** asinh as fdlibm computes it (accurate near 0 and for large x). */
    static double asinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x) || a < 0x1p-28) {
            return x;
        }
        double w;
        if (a > 0x1p28) {
            w = Math.log(a) + LN2;
        } else if (a > 2.0) {
            w = Math.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        } else {
            double t = x * x;
            w = Math.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    /** acosh as fdlibm computes it. */
    static double acosh(double x) {
        if (x < 1.0) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    /** atanh as fdlibm computes it, for |x| < 1. */
    static double atanh(double x) {
        double a = Math.abs(x);
        double r;
        if (a < 0.5) {
            double t = a + a;
            r = 0.5 * Math.log1p(t + t * a / (1.0 - a));
        } else {
            r = 0.5 * Math.log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(r, x);
    }

    private static final double INV_LN2_HI = 1.4426950408889634, INV_LN2_LO = 2.0355273740931033e-17;

    /** log2 with the exponent split off, so most results round as C's log2 does. */
    private static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x < 0 ? Double.NaN : x;
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
            x = Math.scalb(x, 54);
        }
        double m = Math.scalb(x, -Math.getExponent(x));
        if (m > 1.4142135623730951) {
            m /= 2;
            e++;
        }
        double l = Math.log(m);
        return e + (l * INV_LN2_HI + l * INV_LN2_LO);
    }

    /**
     * The Euclidean norm (hypot, dist): squares summed in double-double after scaling by a power
     * of two, then one correction step of the square root, as CPython 3.11's vector_norm aims for.
     */
    static double vectorNorm(double[] v) {
        double max = 0;
        boolean nan = false;
        for (double d : v) {
            double a = Math.abs(d);
            if (Double.isInfinite(a)) {
                return Double.POSITIVE_INFINITY;
            }
            if (Double.isNaN(a)) {
                nan = true;
            } else if (a > max) {
                max = a;
            }
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0) {
            return 0.0;
        }
        int e = Math.getExponent(max);
        if (e < Double.MIN_EXPONENT) {
            e = Math.getExponent(max * 0x1p54) - 54;
        }
        double hi = 0, lo = 0;
        for (double d : v) {
            double x = Math.scalb(Math.abs(d), -e);
            double p = x * x;
            double pl = Math.fma(x, x, -p);
            double s = hi + p;
            double bp = s - hi;
            double err = (hi - (s - bp)) + (p - bp);
            hi = s;
            lo += err + pl;
        }
        double s = hi + lo;
        lo = lo - (s - hi);
        hi = s;
        double h = Math.sqrt(hi);
        double r = Math.fma(-h, h, hi) + lo;
        h += r / (2 * h);
        return Math.scalb(h, e);
    }

    /** CPython's loghelper: ints too large for a double are scaled by a power of two first. */
    private static double log(PyObject arg, DoubleUnaryOperator f) {
        if (arg instanceof PyInt i) {
            if (i.signum() <= 0) {
                throw domain();
            }
            if (i.isBig() && i.bigValue().bitLength() > 1000) {
                BigInteger n = i.bigValue();
                int e = n.bitLength();
                int shift = e - 55;
                long top = n.shiftRight(shift).longValue();
                if (n.getLowestSetBit() < shift) {
                    top |= 1; // sticky bit: makes the conversion to double round correctly
                }
                double x = Math.scalb((double) top, shift - e);
                return f.applyAsDouble(x) + f.applyAsDouble(2.0) * e;
            }
        }
        double x = asDouble(arg);
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0.0) {
            throw domain();
        }
        return f.applyAsDouble(x);
    }

    /** C's pow with Python's errors (math_pow). */
    static double pow(double x, double y) {
        if (Double.isNaN(x)) {
            return y == 0.0 ? 1.0 : x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            if (Double.isInfinite(y) && Math.abs(x) == 1.0) {
                return 1.0;
            }
            return Math.pow(x, y);
        }
        if (x == 0.0 && y < 0.0) {
            throw domain();
        }
        if (x < 0.0 && y != Math.rint(y)) {
            throw domain();
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r)) {
            throw range();
        }
        return r;
    }

    private static PyObject rounding(PyObject x, String dunder, DoubleUnaryOperator f) {
        if (x instanceof PyInt i) {
            return PyInt.of(i.bigValue());
        }
        if (x instanceof PyFloat fl) {
            return floatToInt(f.applyAsDouble(fl.value));
        }
        PyObject m = x.getType().lookup(dunder);
        if (m != null) {
            return Abstract.callSpecial(m, x);
        }
        return floatToInt(f.applyAsDouble(asDouble(x)));
    }

    /** int(x) for an integral double, with CPython's errors for inf and nan. */
    static PyInt floatToInt(double d) {
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("cannot convert float infinity to integer");
        }
        if (Double.isNaN(d)) {
            throw PyErr.valueError("cannot convert float NaN to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    /** Exact sum of floats: Shewchuk's partials, then correct rounding (CPython's math_fsum). */
    static double fsum(PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        double[] partials = new double[32];
        int n = 0;
        double specialSum = 0.0, infSum = 0.0;
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            double x = asDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (Double.isNaN(x) || Double.isInfinite(x)) {
                    if (!Double.isNaN(xsave) && !Double.isInfinite(xsave)) {
                        throw PyErr.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == partials.length) {
                        partials = java.util.Arrays.copyOf(partials, n * 2);
                    }
                    partials[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PyErr.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = partials[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = partials[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }
}
