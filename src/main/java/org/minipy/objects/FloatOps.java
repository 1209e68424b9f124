package org.minipy.objects;

import java.math.BigInteger;

/** The arithmetic of {@code float} with CPython's semantics ({@code floatobject.c}). */
public final class FloatOps {
    private FloatOps() {
    }

    public static double trueDivide(double a, double b) {
        if (b == 0.0) {
            throw PyErr.zeroDivisionError("float division by zero");
        }
        return a / b;
    }

    /** Python's {@code %}: the result has the sign of the divisor. */
    public static double remainder(double a, double b) {
        if (b == 0.0) {
            throw PyErr.zeroDivisionError("float modulo");
        }
        return mod(a, b);
    }

    private static double mod(double a, double b) {
        double m = a % b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    public static double floorDivide(double a, double b) {
        if (b == 0.0) {
            throw PyErr.zeroDivisionError("float floor division by zero");
        }
        return divmod(a, b)[0];
    }

    /** {@code divmod(a, b)} for floats, as CPython's {@code float_divmod}. */
    public static double[] divmod(double a, double b) {
        if (b == 0.0) {
            throw PyErr.zeroDivisionError("float divmod()");
        }
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                m += b;
                div -= 1.0;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        double fd;
        if (div != 0.0) {
            fd = Math.floor(div);
            if (div - fd > 0.5) {
                fd += 1.0;
            }
        } else {
            fd = Math.copySign(0.0, a / b);
        }
        return new double[] {fd, m};
    }

    private static boolean isOddInteger(double w) {
        return Math.abs(w) < 9007199254740992.0 * 2 && w == Math.floor(w) && Math.abs(w % 2.0) == 1.0;
    }

    /** {@code a ** b} for floats, as CPython's {@code float_pow}. */
    public static double pow(double v, double w) {
        if (w == 0) {
            return 1.0;
        }
        if (Double.isNaN(v)) {
            return v;
        }
        if (Double.isNaN(w)) {
            return v == 1.0 ? 1.0 : w;
        }
        if (Double.isInfinite(w)) {
            double av = Math.abs(v);
            if (av == 1.0) {
                return 1.0;
            }
            return (av > 1.0) == (w > 0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (Double.isInfinite(v)) {
            boolean odd = isOddInteger(w);
            if (v > 0) {
                return w > 0 ? v : 0.0;
            }
            return w > 0 ? (odd ? v : -v) : (odd ? -0.0 : 0.0);
        }
        if (v == 0.0) {
            if (w < 0) {
                throw PyErr.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return isOddInteger(w) ? v : 0.0;
        }
        if (v < 0 && w != Math.floor(w)) {
            throw PyErr.notImplementedError("complex numbers are not supported by minipy");
        }
        if (v == 1.0) {
            return 1.0;
        }
        double r = Math.pow(v, w);
        if (Double.isInfinite(r)) {
            throw PyErr.withArgs(PyExc.OverflowError, PyInt.of(34), PyStr.of("Numerical result out of range"));
        }
        return r;
    }

    /** {@code round(x)}: the nearest int, ties to even. */
    public static PyInt roundToInt(double x) {
        return IntOps.fromDouble(Math.rint(x));
    }

    /** {@code round(x, n)}: correctly rounded to n decimal places, ties to even. */
    public static double round(double x, long ndigits) {
        int nd = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, ndigits));
        try {
            return org.minipy.objects.num.FloatRound.round(x, nd);
        } catch (ArithmeticException e) {
            throw PyErr.overflowError("%s", e.getMessage());
        }
    }

    /** {@code x.as_integer_ratio()}. */
    public static PyTuple asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw PyErr.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw PyErr.valueError("cannot convert NaN to integer ratio");
        }
        if (x == 0) {
            return PyTuple.of(PyInt.ZERO, PyInt.ONE);
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        int exp;
        if (biased == 0) {
            exp = -1074;
        } else {
            mant |= 1L << 52;
            exp = biased - 1075;
        }
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        if (x < 0) {
            mant = -mant;
        }
        if (exp >= 0) {
            return PyTuple.of(PyInt.of(BigInteger.valueOf(mant).shiftLeft(exp)), PyInt.ONE);
        }
        return PyTuple.of(PyInt.of(mant), PyInt.of(BigInteger.ONE.shiftLeft(-exp)));
    }

    /** {@code float.fromhex(s)}: exact, correctly rounded. */
    public static double fromHex(String text) {
        String s = text.strip();
        boolean neg = false;
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        if (rest.startsWith("0x")) {
            rest = rest.substring(2);
        }
        BigInteger mant = BigInteger.ZERO;
        long exp = 0;
        int k = 0, digits = 0;
        boolean dot = false;
        for (; k < rest.length(); k++) {
            char c = rest.charAt(k);
            if (c == '.' && !dot) {
                dot = true;
                continue;
            }
            int d = Character.digit(c, 16);
            if (d < 0 || c > 127) {
                break;
            }
            mant = mant.shiftLeft(4).add(BigInteger.valueOf(d));
            digits++;
            if (dot) {
                exp -= 4;
            }
        }
        if (digits == 0) {
            throw PyErr.valueError("invalid hexadecimal floating-point string");
        }
        if (k < rest.length() && rest.charAt(k) == 'p') {
            String e = rest.substring(k + 1);
            if (!e.matches("[+-]?[0-9]+")) {
                throw PyErr.valueError("invalid hexadecimal floating-point string");
            }
            exp += e.length() > 10 ? (e.startsWith("-") ? -100000 : 100000) : Long.parseLong(e);
        } else if (k < rest.length()) {
            throw PyErr.valueError("invalid hexadecimal floating-point string");
        }
        double r;
        if (mant.signum() == 0) {
            r = 0.0;
        } else if (exp >= 0) {
            if (mant.bitLength() + exp > 1025) {
                throw PyErr.overflowError("hexadecimal value too large to represent as a float");
            }
            r = mant.shiftLeft((int) exp).doubleValue();
        } else if (mant.bitLength() + exp < -1080) {
            r = 0.0;
        } else {
            r = IntOps.trueDivide(PyInt.of(mant), PyInt.of(BigInteger.ONE.shiftLeft((int) -exp)));
        }
        if (Double.isInfinite(r)) {
            throw PyErr.overflowError("hexadecimal value too large to represent as a float");
        }
        return neg ? -r : r;
    }

    /** {@code float.hex()}. */
    public static String hex(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return org.minipy.objects.num.FloatRepr.repr(x);
        }
        String sign = Double.doubleToRawLongBits(x) < 0 ? "-" : "";
        x = Math.abs(x);
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        int exp;
        String lead;
        if (biased == 0) {
            exp = -1022;
            lead = "0";
        } else {
            exp = biased - 1023;
            lead = "1";
        }
        return String.format("%s0x%s.%013xp%s%d", sign, lead, mant, exp >= 0 ? "+" : "-", Math.abs(exp));
    }
}
