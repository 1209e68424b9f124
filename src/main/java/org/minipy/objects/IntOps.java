package org.minipy.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.minipy.objects.num.NumericHash;

/**
 * The arithmetic of {@code int} (CPython's {@code longobject.c}): a {@code long} fast path for
 * every operation and an exact {@link BigInteger} fallback. All results are normalised PyInts.
 */
public final class IntOps {
    private IntOps() {
    }

    /** CPython's {@code sys.int_info.default_max_str_digits}. */
    public static final int MAX_STR_DIGITS = 4300;

    // ---- division --------------------------------------------------------------------------

    public static PyInt floorDivide(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.zeroDivisionError("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return PyInt.of(Math.floorDiv(a.value, b.value));
        }
        return PyInt.of(bigDivmod(a.bigValue(), b.bigValue())[0]);
    }

    public static PyInt remainder(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.zeroDivisionError("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            return PyInt.of(Math.floorMod(a.value, b.value));
        }
        return PyInt.of(bigDivmod(a.bigValue(), b.bigValue())[1]);
    }

    /** {@code divmod(a, b)} as a pair (quotient, remainder) with floor semantics. */
    public static PyInt[] divmod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.zeroDivisionError("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return new PyInt[] {PyInt.of(Math.floorDiv(a.value, b.value)), PyInt.of(Math.floorMod(a.value, b.value))};
        }
        BigInteger[] qr = bigDivmod(a.bigValue(), b.bigValue());
        return new PyInt[] {PyInt.of(qr[0]), PyInt.of(qr[1])};
    }

    /** Floor division and modulo: the remainder has the sign of the divisor. */
    static BigInteger[] bigDivmod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /** {@code a / b}: the correctly rounded double of the exact quotient. */
    public static double trueDivide(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.zeroDivisionError("division by zero");
        }
        final long exact = 1L << 53;
        if (a.big == null && b.big == null && Math.abs(a.value) <= exact && Math.abs(b.value) <= exact) {
            return (double) a.value / (double) b.value;
        }
        return divideBig(a.bigValue(), b.bigValue());
    }

    private static double divideBig(BigInteger a, BigInteger b) {
        boolean negative = (a.signum() < 0) != (b.signum() < 0);
        a = a.abs();
        b = b.abs();
        if (a.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        // Scale so the integer quotient has 57 or 58 bits; the remainder becomes a sticky bit.
        int shift = 57 - (a.bitLength() - b.bitLength());
        BigInteger[] qr = shift >= 0 ? a.shiftLeft(shift).divideAndRemainder(b)
                : a.divideAndRemainder(b.shiftLeft(-shift));
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            q = q.setBit(0);
        }
        // value = q * 2**-shift; its binary exponent:
        long exp = (long) q.bitLength() - 1 - shift;
        double r;
        if (exp > 1023) {
            throw PyErr.overflowError("integer division result too large for a float");
        } else if (exp >= -1022) {
            r = Math.scalb(q.doubleValue(), -shift);
            if (Double.isInfinite(r)) {
                throw PyErr.overflowError("integer division result too large for a float");
            }
        } else {
            // Subnormal: round once to a multiple of 2**-1074.
            long down = shift - 1074L;
            if (down > q.bitLength() + 1) {
                r = 0.0;
            } else {
                int d = (int) down;
                BigInteger m = q.shiftRight(d);
                boolean half = q.testBit(d - 1);
                boolean sticky = q.getLowestSetBit() < d - 1;
                if (half && (sticky || m.testBit(0))) {
                    m = m.add(BigInteger.ONE);
                }
                r = Math.scalb(m.doubleValue(), -1074);
            }
        }
        return negative ? -r : r;
    }

    // ---- powers ----------------------------------------------------------------------------

    /** {@code a ** b}: an int for b >= 0, else a float. */
    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            return PyFloat.of(FloatOps.pow(a.doubleValue(), b.doubleValue()));
        }
        if (a.big == null) {
            long x = a.value;
            if (x == 0 || x == 1) {
                return b.signum() == 0 ? PyInt.ONE : a.exact();
            }
            if (x == -1) {
                return b.big == null ? PyInt.of((b.value & 1) == 0 ? 1 : -1)
                        : PyInt.of(b.big.testBit(0) ? -1 : 1);
            }
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            throw PyErr.memoryError();
        }
        long e = b.value;
        if (a.big == null) {
            long result = 1, base = a.value;
            try {
                while (true) {
                    if ((e & 1) != 0) {
                        result = Math.multiplyExact(result, base);
                    }
                    e >>= 1;
                    if (e == 0) {
                        return PyInt.of(result);
                    }
                    base = Math.multiplyExact(base, base);
                }
            } catch (ArithmeticException overflow) {
                // fall through to the exact computation
            }
        }
        return PyInt.of(a.bigValue().pow((int) b.value));
    }

    /** Three-argument {@code pow(a, b, m)}; a negative b uses the modular inverse (3.8+). */
    public static PyInt pow(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) {
            throw PyErr.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger mod = m.bigValue();
        boolean negMod = mod.signum() < 0;
        BigInteger am = mod.abs();
        if (am.equals(BigInteger.ONE)) {
            return PyInt.ZERO;
        }
        BigInteger base = a.bigValue().mod(am);
        BigInteger exp = b.bigValue();
        if (exp.signum() < 0) {
            try {
                base = base.modInverse(am);
            } catch (ArithmeticException e) {
                throw PyErr.valueError("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        BigInteger r = base.modPow(exp, am);
        if (negMod && r.signum() != 0) {
            r = r.subtract(am);
        }
        return PyInt.of(r);
    }

    // ---- bits ------------------------------------------------------------------------------

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw PyErr.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return PyInt.ZERO;
        }
        if (b.big != null || b.value > Integer.MAX_VALUE / 2) {
            throw PyErr.overflowError("too many digits in integer");
        }
        int n = (int) b.value;
        if (a.big == null && n < 63) {
            long r = a.value << n;
            if ((r >> n) == a.value) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.bigValue().shiftLeft(n));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw PyErr.valueError("negative shift count");
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            return a.signum() < 0 ? PyInt.of(-1) : PyInt.ZERO;
        }
        if (a.big == null) {
            return PyInt.of(a.value >> Math.min(63, b.value));
        }
        return PyInt.of(a.big.shiftRight((int) b.value));
    }

    public static PyInt and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value & b.value);
        }
        return PyInt.of(a.bigValue().and(b.bigValue()));
    }

    public static PyInt or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value | b.value);
        }
        return PyInt.of(a.bigValue().or(b.bigValue()));
    }

    public static PyInt xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value ^ b.value);
        }
        return PyInt.of(a.bigValue().xor(b.bigValue()));
    }

    public static PyInt invert(PyInt a) {
        return a.big == null ? PyInt.of(~a.value) : PyInt.of(a.big.not());
    }

    public static PyInt negate(PyInt a) {
        return a.big == null && a.value != Long.MIN_VALUE ? PyInt.of(-a.value) : PyInt.of(a.bigValue().negate());
    }

    public static PyInt abs(PyInt a) {
        return a.signum() < 0 ? negate(a) : a.exact();
    }

    public static int bitLength(PyInt a) {
        if (a.big == null) {
            long v = a.value;
            return v == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(v));
        }
        return a.big.abs().bitLength();
    }

    public static int bitCount(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) {
            return Long.bitCount(Math.abs(a.value));
        }
        return a.bigValue().abs().bitCount();
    }

    // ---- comparison with float and hashing -------------------------------------------------

    /**
     * Exact comparison of an int with a double (not NaN): negative, zero or positive as
     * {@code a} is less than, equal to or greater than {@code d}.
     */
    public static int compareWithDouble(PyInt a, double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (a.big == null && Math.abs(a.value) <= (1L << 53)) {
            // numeric order (Double.compare would put -0.0 below 0.0)
            double x = a.value;
            return x < d ? -1 : x > d ? 1 : 0;
        }
        double f = Math.floor(d);
        int c = a.bigValue().compareTo(new BigDecimal(f).toBigInteger());
        if (c != 0) {
            return c;
        }
        return d > f ? -1 : 0;
    }

    /** CPython's hash of an int: sign * (|v| mod 2**61-1), with -1 mapped to -2. */
    public static long hash(PyInt a) {
        return a.big == null ? NumericHash.hashLong(a.value) : NumericHash.hashBigInteger(a.big);
    }

    // ---- conversion to and from text -------------------------------------------------------

    /** {@code str(i)}, enforcing CPython's 4300-digit limit on decimal conversion. */
    public static String toDecimalString(PyInt a) {
        if (a.big == null) {
            return Long.toString(a.value);
        }
        // 2**14284 < 10**4300 < 2**14285: only a value of 14285 bits needs its digits counted.
        int bits = a.big.bitLength();
        String s = bits > 14285 ? null : a.big.toString();
        if (s == null || bits > 14284 && s.length() - (a.big.signum() < 0 ? 1 : 0) > MAX_STR_DIGITS) {
            throw PyErr.valueError("Exceeds the limit (%d digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit", MAX_STR_DIGITS);
        }
        return s;
    }

    /** Python's whitespace above ASCII (for int() parsing checks). */
    static boolean isUnicodeSpace(char c) {
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028
                || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** The int of a double, truncating toward zero (int(float)). */
    public static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw PyErr.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.2e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }
}
