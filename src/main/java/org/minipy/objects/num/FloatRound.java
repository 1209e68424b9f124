package org.minipy.objects.num;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** round(x, ndigits) for floats, correctly rounded (half-even on the exact binary value). */
public final class FloatRound {
    /** Beyond these, CPython returns x unchanged or a zero of x's sign. */
    private static final int NDIGITS_MAX = 323;
    private static final int NDIGITS_MIN = -308;

    private FloatRound() {}

    /**
     * round(x, ndigits); throws ArithmeticException("rounded value too large to represent"),
     * which the caller raises as OverflowError.
     */
    public static double round(double x, int ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        if (ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        double r = new BigDecimal(x).setScale(ndigits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw new ArithmeticException("rounded value too large to represent");
        }
        return Math.copySign(r, x);
    }

    /** round(x) with no ndigits: the nearest integer, ties to even (as a double; caller makes an int). */
    public static double roundHalfEven(double x) {
        return Math.rint(x);
    }
}
