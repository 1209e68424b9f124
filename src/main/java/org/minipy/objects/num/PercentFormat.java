package org.minipy.objects.num;

import java.math.BigInteger;

/**
 * Formats one already-converted argument of str % args for a resolved {@link PercentSpec}
 * (no '*' left). The caller chooses the method from the conversion and does the argument
 * handling and type checks.
 */
public final class PercentFormat {
    private PercentFormat() {}

    /** %d %i %u %o %x %X */
    public static String formatInt(BigInteger v, PercentSpec spec) {
        char conv = spec.conversion();
        int radix = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
        String digits = v.abs().toString(radix);
        if (conv == 'X') {
            digits = digits.toUpperCase();
        }
        if (spec.precision() > digits.length()) {
            digits = "0".repeat(spec.precision() - digits.length()) + digits;
        }
        String prefix = spec.alternate() && radix != 10 ? "0" + conv : "";
        return layout(sign(v.signum() < 0, spec) + prefix, digits, spec);
    }

    public static String formatInt(long v, PercentSpec spec) {
        return formatInt(BigInteger.valueOf(v), spec);
    }

    /** %e %E %f %F %g %G */
    public static String formatFloat(double x, PercentSpec spec) {
        char conv = spec.conversion();
        int precision = spec.precision() < 0 ? 6 : spec.precision();
        String body;
        if (Double.isNaN(x)) {
            body = "nan";
        } else if (Double.isInfinite(x)) {
            body = "inf";
        } else {
            body = FloatFormat.body(x, Character.toLowerCase(conv), precision, spec.alternate(), false);
        }
        if (Character.isUpperCase(conv)) {
            body = body.toUpperCase();
        }
        boolean negative = !Double.isNaN(x) && Double.doubleToRawLongBits(x) < 0;
        return layout(sign(negative, spec), body, spec);
    }

    /** %s %r %a (given the str/repr/ascii text) and %c: precision truncates, width pads with spaces. */
    public static String formatString(String s, PercentSpec spec) {
        if (spec.conversion() != 'c' && spec.precision() >= 0
                && s.codePointCount(0, s.length()) > spec.precision()) {
            s = s.substring(0, s.offsetByCodePoints(0, spec.precision()));
        }
        return NumberFormat.pad(s, spec.width(), spec.left() ? '<' : '>', ' ');
    }

    private static String sign(boolean negative, PercentSpec spec) {
        return negative ? "-" : spec.plus() ? "+" : spec.space() ? " " : "";
    }

    /** Pads to the width: zeros after the sign/prefix with '0', else spaces on the left or right. */
    private static String layout(String head, String body, PercentSpec spec) {
        int padding = spec.width() - head.length() - body.length();
        if (padding <= 0) {
            return head + body;
        }
        if (spec.left()) {
            return head + body + " ".repeat(padding);
        }
        if (spec.zero()) {
            return head + "0".repeat(padding) + body;
        }
        return " ".repeat(padding) + head + body;
    }
}
