package org.minipy.objects.num;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CPython's float repr: the shortest decimal string that reads back to the same double
 * (nearest such string when several have the same length), laid out like CPython.
 */
public final class FloatRepr {
    private FloatRepr() {}

    /** repr(x) for a Python float. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        if (x == 0) {
            return sign + "0.0";
        }
        return sign + layout(shortest(Math.abs(x)), 16);
    }

    /** str(x): identical to repr in Python 3. */
    public static String str(double x) {
        return repr(x);
    }

    /**
     * CPython's layout of a digit string: exponent notation when decpt &lt;= -4 or decpt &gt;
     * {@code maxDecpt}, otherwise positional with at least one digit after the point.
     */
    static String layout(Digits d, int maxDecpt) {
        if (d.decpt() <= -4 || d.decpt() > maxDecpt) {
            return d.scientific(0, 'e');
        }
        return d.positional(1);
    }

    /** The shortest round-tripping digits of a positive finite double. */
    public static Digits shortest(double v) {
        BigDecimal exact = new BigDecimal(v);
        // Double.toString round-trips but is not always the shortest: it bounds the search.
        int hi = significantDigits(Double.toString(v));
        if (hi <= 1) {
            return Digits.of(candidate(exact, v, 1));
        }
        if (candidate(exact, v, hi - 1) == null) {
            BigDecimal c = candidate(exact, v, hi);
            return Digits.of(c != null ? c : candidate(exact, v, 17));
        }
        // Round-tripping is monotone in the precision: binary search the smallest one.
        int lo = 1;
        hi = hi - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (candidate(exact, v, mid) != null) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return Digits.of(candidate(exact, v, lo));
    }

    /**
     * The nearest p-digit decimal that reads back as v, or null. When the nearest one does not
     * round-trip the neighbour on the other side might (the rounding interval of a power of
     * two is lopsided), so it is tried too.
     */
    private static BigDecimal candidate(BigDecimal exact, double v, int p) {
        BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        if (nearest.doubleValue() == v) {
            return nearest;
        }
        RoundingMode other = nearest.compareTo(exact) > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING;
        BigDecimal second = exact.round(new MathContext(p, other));
        return second.doubleValue() == v ? second : null;
    }

    /** Number of significant digits in a Java double string such as "1.2345E-5" or "100.0". */
    private static int significantDigits(String s) {
        int e = s.indexOf('E');
        String mant = (e >= 0 ? s.substring(0, e) : s).replace(".", "").replace("-", "");
        int start = 0;
        while (start < mant.length() - 1 && mant.charAt(start) == '0') {
            start++;
        }
        int end = mant.length();
        while (end > start + 1 && mant.charAt(end - 1) == '0') {
            end--;
        }
        return end - start;
    }
}
