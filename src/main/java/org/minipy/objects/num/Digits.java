package org.minipy.objects.num;

import java.math.BigDecimal;

/**
 * A positive decimal number as significant digits (no leading or trailing zeros, except the
 * single digit "0" for zero) and a decimal-point position: value = 0.DIGITS * 10**decpt.
 */
public record Digits(String digits, int decpt) {

    /** Digits of a non-negative BigDecimal, trailing zeros removed. */
    public static Digits of(BigDecimal value) {
        if (value.signum() == 0) {
            return new Digits("0", 1);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String d = stripped.unscaledValue().toString();
        return new Digits(d, d.length() - stripped.scale());
    }

    /** Exponent of the leading digit in scientific notation (d.ddd * 10**exponent). */
    public int exponent() {
        return decpt - 1;
    }

    /** Positional notation with at least {@code minFrac} digits after the point (0 = no point). */
    public String positional(int minFrac) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        if (decpt <= 0) {
            sb.append('0');
        } else if (decpt >= n) {
            sb.append(digits).append("0".repeat(decpt - n));
        } else {
            sb.append(digits, 0, decpt);
        }
        StringBuilder frac = new StringBuilder();
        if (decpt < 0) {
            frac.append("0".repeat(-decpt)).append(digits);
        } else if (decpt < n) {
            frac.append(digits, decpt, n);
        }
        while (frac.length() < minFrac) {
            frac.append('0');
        }
        if (frac.length() > 0) {
            sb.append('.').append(frac);
        }
        return sb.toString();
    }

    /**
     * Scientific notation "d.ddde+XX" with at least {@code minFrac} digits after the point and
     * a signed exponent of at least two digits, as C's printf and CPython produce.
     */
    public String scientific(int minFrac, char e) {
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        StringBuilder frac = new StringBuilder(digits.substring(1));
        while (frac.length() < minFrac) {
            frac.append('0');
        }
        if (frac.length() > 0) {
            sb.append('.').append(frac);
        }
        int exp = digits.equals("0") ? 0 : exponent();
        sb.append(e).append(exp < 0 ? '-' : '+');
        int abs = Math.abs(exp);
        if (abs < 10) {
            sb.append('0');
        }
        return sb.append(abs).toString();
    }
}
