package org.minipy.modules;

import static org.minipy.modules.ModuleDefs.def;
import static org.minipy.modules.ModuleDefs.one;

import java.math.BigInteger;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;

/** The integer functions of {@code math}: factorial gcd lcm comb perm isqrt. */
final class IntegerMath {
    private IntegerMath() {
    }

    static void install(PyModule m) {
        def(m, "factorial", (a, kw) -> {
            PyInt n = Abstract.index(one("math.factorial", a, kw));
            if (n.signum() < 0) {
                throw PyErr.valueError("factorial() not defined for negative values");
            }
            if (n.isBig() || n.value > 1_000_000) {
                throw PyErr.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
            }
            return PyInt.of(product(1, n.value));
        });
        def(m, "gcd", (a, kw) -> {
            ModuleDefs.noKw("math.gcd", kw);
            BigInteger g = BigInteger.ZERO;
            for (PyObject x : a) {
                g = g.gcd(Abstract.index(x).bigValue());
            }
            return PyInt.of(g);
        });
        def(m, "lcm", (a, kw) -> {
            ModuleDefs.noKw("math.lcm", kw);
            BigInteger l = BigInteger.ONE;
            for (PyObject x : a) {
                BigInteger v = Abstract.index(x).bigValue().abs();
                if (v.signum() == 0 || l.signum() == 0) {
                    l = BigInteger.ZERO;
                } else {
                    l = l.divide(l.gcd(v)).multiply(v);
                }
            }
            return PyInt.of(l);
        });
        def(m, "isqrt", (a, kw) -> {
            PyInt n = Abstract.index(one("math.isqrt", a, kw));
            if (n.signum() < 0) {
                throw PyErr.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.bigValue().sqrt());
        });
        def(m, "comb", (a, kw) -> {
            ModuleDefs.count("comb", a, kw, 2, 2);
            BigInteger n = nonNegative(a[0], "n"), k = nonNegative(a[1], "k");
            if (k.compareTo(n) > 0) {
                return PyInt.ZERO;
            }
            BigInteger nk = n.subtract(k);
            if (nk.compareTo(k) < 0) {
                k = nk;
            }
            return PyInt.of(binomial(n, k));
        });
        def(m, "perm", (a, kw) -> {
            ModuleDefs.count("perm", a, kw, 1, 2);
            BigInteger n = nonNegative(a[0], "n");
            if (a.length == 1 || a[1] == PyNone.None) {
                if (n.bitLength() > 31) {
                    throw PyErr.overflowError("n must not exceed %d", Long.MAX_VALUE);
                }
                return PyInt.of(product(1, n.longValue()));
            }
            BigInteger k = nonNegative(a[1], "k");
            if (k.compareTo(n) > 0) {
                return PyInt.ZERO;
            }
            if (k.bitLength() > 31) {
                throw PyErr.overflowError("k must not exceed %d", Long.MAX_VALUE);
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < k.longValue(); i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            }
            return PyInt.of(r);
        });
    }

    private static BigInteger nonNegative(PyObject o, String name) {
        BigInteger v = Abstract.index(o).bigValue();
        if (v.signum() < 0) {
            throw PyErr.valueError("%s must be a non-negative integer", name);
        }
        return v;
    }

    private static BigInteger binomial(BigInteger n, BigInteger k) {
        if (k.bitLength() > 31) {
            throw PyErr.overflowError("min(n - k, k) must not exceed %d", Long.MAX_VALUE);
        }
        BigInteger r = BigInteger.ONE;
        long kk = k.longValue();
        for (long i = 1; i <= kk; i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(kk - i))).divide(BigInteger.valueOf(i));
        }
        return r;
    }

    /** lo * (lo+1) * ... * hi by binary splitting (fast for big factorials). */
    static BigInteger product(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            long acc = 1;
            for (long i = lo + 1; i <= hi; i++) {
                if (acc > Long.MAX_VALUE / i) {
                    r = r.multiply(BigInteger.valueOf(acc));
                    acc = 1;
                }
                acc *= i;
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }
}
