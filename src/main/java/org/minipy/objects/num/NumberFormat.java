package org.minipy.objects.num;

import java.math.BigInteger;

/**
 * format(value, spec) for int, float and str following CPython's formatter: presentation
 * types, sign, '#' prefixes, grouping, fill and alignment (including '=' and zero padding with
 * separators inside the padding). Errors are FormatError with CPython's messages.
 */
public final class NumberFormat {
    private NumberFormat() {}

    // ---- int --------------------------------------------------------------------------------

    public static String formatInt(long v, FormatSpec spec, String typeName) {
        return formatInt(BigInteger.valueOf(v), spec, typeName);
    }

    /** int.__format__ (use typeName "bool" etc. for subclasses, as CPython names them). */
    public static String formatInt(BigInteger v, FormatSpec spec, String typeName) {
        char type = spec.type() == 0 ? 'd' : spec.type();
        switch (type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat(toDouble(v), spec, typeName);
            default:
                throw FormatError.unknownCode(type, typeName);
        }
        if (spec.precision() >= 0) {
            throw new FormatError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw new FormatError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            return formatChar(v, spec);
        }
        String digits = v.abs().toString(radix(type));
        String prefix = "";
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        if (spec.alternate() && type != 'd' && type != 'n') {
            prefix = "0" + (type == 'o' ? 'o' : type == 'b' ? 'b' : type);
        }
        int groupSize = type == 'd' ? 3 : 4;
        return assemble(sign(v.signum() < 0, spec), prefix, digits, "", spec, groupSize);
    }

    private static String formatChar(BigInteger v, FormatSpec spec) {
        if (spec.sign() != 0) {
            throw new FormatError("Sign not allowed with integer format specifier 'c'");
        }
        if (spec.alternate()) {
            throw new FormatError("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (v.bitLength() > 63) {
            throw new FormatError("Python int too large to convert to C long", true);
        }
        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x110000)) >= 0) {
            throw new FormatError("%c arg not in range(0x110000)", true);
        }
        return assemble("", "", new String(Character.toChars(v.intValue())), "", spec, 3);
    }

    private static int radix(char type) {
        switch (type) {
            case 'b': return 2;
            case 'o': return 8;
            case 'x': case 'X': return 16;
            default: return 10;
        }
    }

    /** float(v) for format types that convert; OverflowError like CPython when too large. */
    private static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw new FormatError("int too large to convert to float", true);
        }
        return d;
    }

    // ---- float ------------------------------------------------------------------------------

    /** float.__format__ */
    public static String formatFloat(double x, FormatSpec spec, String typeName) {
        char type = spec.type();
        switch (type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                break;
            default:
                throw FormatError.unknownCode(type, typeName);
        }
        int precision = spec.precision();
        boolean addDot0 = false;
        if (type == 0) {
            addDot0 = true; // no type: like repr, or like 'g' with at least one fractional digit
            type = precision < 0 ? 'r' : 'g';
        }
        if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = 6;
        }
        boolean percent = type == '%';
        if (percent) {
            x *= 100;
            type = 'f';
        }
        boolean upper = Character.isUpperCase(type);
        String body = floatBody(x, Character.toLowerCase(type), precision, spec.alternate(), addDot0);
        if (upper) {
            body = body.toUpperCase();
        }
        if (percent) {
            body += "%";
        }
        boolean negative = !Double.isNaN(x) && Double.doubleToRawLongBits(x) < 0;
        if (negative && spec.noNegZero() && isZero(body)) {
            negative = false;
        }
        int intEnd = 0;
        while (intEnd < body.length() && Character.isDigit(body.charAt(intEnd))) {
            intEnd++;
        }
        return assemble(sign(negative, spec), "", body.substring(0, intEnd), body.substring(intEnd), spec, 3);
    }

    private static String floatBody(double x, char type, int precision, boolean alternate, boolean addDot0) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return "inf";
        }
        return FloatFormat.body(x, type, precision, alternate, addDot0);
    }

    /** True when a formatted mantissa has no non-zero digit (for the 'z' flag). */
    static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return body.indexOf('n') < 0 && body.indexOf('N') < 0;
    }

    // ---- str --------------------------------------------------------------------------------

    public static String formatString(String s, FormatSpec spec) {
        return formatString(s, spec, "str");
    }

    /** str.__format__ */
    public static String formatString(String s, FormatSpec spec, String typeName) {
        if (spec.type() != 's' && spec.type() != 0) {
            throw FormatError.unknownCode(spec.type(), typeName);
        }
        if (spec.align() == '=') {
            throw new FormatError("'=' alignment not allowed in string format specifier");
        }
        if (spec.sign() == ' ') {
            throw new FormatError("Space not allowed in string format specifier");
        }
        if (spec.sign() != 0) {
            throw new FormatError("Sign not allowed in string format specifier");
        }
        if (spec.noNegZero()) {
            throw new FormatError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw new FormatError("Alternate form (#) not allowed in string format specifier");
        }
        int precision = spec.precision();
        if (precision >= 0 && s.codePointCount(0, s.length()) > precision) {
            s = s.substring(0, s.offsetByCodePoints(0, precision));
        }
        char align = spec.align() == 0 ? '<' : spec.align();
        return pad(s, spec.width(), align, spec.effectiveFill());
    }

    // ---- layout -----------------------------------------------------------------------------

    private static String sign(boolean negative, FormatSpec spec) {
        if (negative) {
            return "-";
        }
        return spec.sign() == '+' ? "+" : spec.sign() == ' ' ? " " : "";
    }

    /**
     * sign + prefix + digits (grouped) + rest, padded to the width. With fill '0' and align '='
     * the digits themselves are zero-extended, separators included, as CPython does.
     */
    private static String assemble(String sign, String prefix, String digits, String rest,
            FormatSpec spec, int groupSize) {
        int fill = spec.effectiveFill();
        char align = spec.numericAlign();
        int minDigits = 0;
        if (fill == '0' && align == '=' && spec.width() > 0) {
            minDigits = spec.width() - sign.length() - prefix.length() - codePoints(rest);
        }
        String number = spec.grouping() != 0 && !digits.isEmpty()
                ? group(digits, spec.grouping(), groupSize, minDigits)
                : "0".repeat(Math.max(0, minDigits - codePoints(digits))) + digits;
        if (align == '=') {
            int padding = spec.width() - sign.length() - prefix.length() - codePoints(number) - codePoints(rest);
            return sign + prefix + repeat(fill, padding) + number + rest;
        }
        return pad(sign + prefix + number + rest, spec.width(), align, fill);
    }

    /** Separators every groupSize digits from the right, zero-extended to at least minWidth. */
    static String group(String digits, char sep, int groupSize, int minWidth) {
        StringBuilder reversed = new StringBuilder();
        int remaining = digits.length();
        while (true) {
            int len = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
            int taken = Math.min(len, remaining);
            for (int i = 0; i < taken; i++) {
                reversed.append(digits.charAt(remaining - 1 - i));
            }
            for (int i = taken; i < len; i++) {
                reversed.append('0');
            }
            remaining -= taken;
            minWidth -= len;
            if (remaining <= 0 && minWidth <= 0) {
                break;
            }
            minWidth -= 1;
            reversed.append(sep);
        }
        return reversed.reverse().toString();
    }

    /** s padded with the fill code point to width: align '<', '>' or '^'. */
    static String pad(String s, int width, char align, int fill) {
        int padding = width - codePoints(s);
        if (padding <= 0) {
            return s;
        }
        switch (align) {
            case '<':
                return s + repeat(fill, padding);
            case '^':
                return repeat(fill, padding / 2) + s + repeat(fill, padding - padding / 2);
            default:
                return repeat(fill, padding) + s;
        }
    }

    private static String repeat(int cp, int n) {
        return n <= 0 ? "" : new String(Character.toChars(cp)).repeat(n);
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }
}
