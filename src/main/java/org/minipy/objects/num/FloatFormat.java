package org.minipy.objects.num;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The digits of a non-negative finite double in the styles of CPython's PyOS_double_to_string:
 * 'e', 'f', 'g' (correctly rounded, half-even on the exact binary value) and 'r' (repr).
 * Shared by format() and %-formatting; signs, padding and case are the callers' job.
 */
public final class FloatFormat {
    private FloatFormat() {}

    /**
     * @param a         the magnitude (sign is ignored), finite
     * @param type      'e', 'f', 'g' or 'r'
     * @param precision digits after the point for e/f, significant digits for g; unused for r
     * @param alternate the '#' flag: always a decimal point, and g keeps trailing zeros
     * @param addDot0   format()'s no-type rule: integral positional results get ".0", and g
     *                  switches to exponent notation one digit earlier
     */
    public static String body(double a, char type, int precision, boolean alternate, boolean addDot0) {
        a = Math.abs(a);
        switch (type) {
            case 'f':
                return withPoint(positional(a, precision), alternate);
            case 'e':
                return withPoint(roundSignificant(a, precision + 1).scientific(precision, 'e'), alternate);
            case 'g':
                return general(a, Math.max(precision, 1), alternate, addDot0);
            case 'r':
                return repr(a, alternate, addDot0);
            default:
                throw new IllegalArgumentException("unknown float format type " + type);
        }
    }

    /** a with exactly {@code decimals} digits after the point (none when 0). */
    static String positional(double a, int decimals) {
        BigDecimal rounded = new BigDecimal(a).setScale(decimals, RoundingMode.HALF_EVEN);
        return Digits.of(rounded).positional(decimals);
    }

    static Digits roundSignificant(double a, int digits) {
        if (a == 0) {
            return Digits.of(BigDecimal.ZERO);
        }
        return Digits.of(new BigDecimal(a).round(new MathContext(digits, RoundingMode.HALF_EVEN)));
    }

    private static String general(double a, int p, boolean alternate, boolean addDot0) {
        Digits d = roundSignificant(a, p);
        boolean useExp = d.decpt() <= -4 || d.decpt() > (addDot0 ? p - 1 : p);
        String s;
        if (useExp) {
            s = d.scientific(alternate ? p - 1 : 0, 'e');
        } else {
            s = d.positional(alternate ? Math.max(0, p - d.decpt()) : 0);
        }
        return finish(s, useExp, alternate, addDot0);
    }

    private static String repr(double a, boolean alternate, boolean addDot0) {
        Digits d = a == 0 ? Digits.of(BigDecimal.ZERO) : FloatRepr.shortest(a);
        boolean useExp = d.decpt() <= -4 || d.decpt() > 16;
        String s = useExp ? d.scientific(0, 'e') : d.positional(0);
        return finish(s, useExp, alternate, addDot0);
    }

    private static String finish(String s, boolean useExp, boolean alternate, boolean addDot0) {
        if (addDot0 && !useExp && s.indexOf('.') < 0) {
            return s + ".0";
        }
        return withPoint(s, alternate);
    }

    /** With the '#' flag a decimal point is always present (before any exponent). */
    private static String withPoint(String s, boolean alternate) {
        if (!alternate || s.indexOf('.') >= 0) {
            return s;
        }
        int e = s.indexOf('e');
        return e < 0 ? s + "." : s.substring(0, e) + "." + s.substring(e);
    }
}
