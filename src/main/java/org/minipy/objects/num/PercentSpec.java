package org.minipy.objects.num;

/**
 * One printf-style directive of str % args: %[(key)][flags][width][.precision][length]conv.
 *
 * @param key        the mapping key of "%(key)s", or null
 * @param left       '-' flag: left-justify
 * @param plus       '+' flag
 * @param space      ' ' flag
 * @param zero       '0' flag: pad numbers with zeros (ignored when left-justified)
 * @param alternate  '#' flag
 * @param width      the width, -1 when absent, {@link #STAR} for '*'
 * @param precision  the precision, -1 when absent, {@link #STAR} for '*'
 * @param conversion the conversion character ('%' for "%%")
 * @param end        index just after the directive in the format string
 */
public record PercentSpec(String key, boolean left, boolean plus, boolean space, boolean zero,
        boolean alternate, int width, int precision, char conversion, int end) {

    /** Marks a width or precision taken from the argument tuple ('*'). */
    public static final int STAR = -2;

    /** The conversions of a str format, and of a bytes format (which adds %b). */
    public static final String STR_CONVERSIONS = "diouxXeEfFgGcrsa%", BYTES_CONVERSIONS = "diouxXeEfFgGcrsab%";

    /**
     * Parses the directive whose '%' is at {@code start}, allowing the given conversion
     * characters; FormatError (ValueError) on bad syntax.
     */
    public static PercentSpec parse(String fmt, int start, String conversions) {
        int pos = start + 1;
        String key = null;
        if (pos < fmt.length() && fmt.charAt(pos) == '(') {
            int depth = 1;
            int keyStart = ++pos;
            while (pos < fmt.length() && depth > 0) {
                char c = fmt.charAt(pos++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            if (depth > 0) {
                throw new FormatError("incomplete format key");
            }
            key = fmt.substring(keyStart, pos - 1);
        }
        boolean left = false, plus = false, space = false, zero = false, alternate = false;
        for (; pos < fmt.length(); pos++) {
            char c = fmt.charAt(pos);
            if (c == '-') {
                left = true;
            } else if (c == '+') {
                plus = true;
            } else if (c == ' ') {
                space = true;
            } else if (c == '0') {
                zero = true;
            } else if (c == '#') {
                alternate = true;
            } else {
                break;
            }
        }
        int[] cursor = {pos};
        int width = number(fmt, cursor, "width too big");
        int precision = -1;
        if (cursor[0] < fmt.length() && fmt.charAt(cursor[0]) == '.') {
            cursor[0]++;
            precision = number(fmt, cursor, "precision too big");
            if (precision == -1) {
                precision = 0; // "%.f" means precision 0
            }
        }
        pos = cursor[0];
        while (pos < fmt.length() && (fmt.charAt(pos) == 'h' || fmt.charAt(pos) == 'l' || fmt.charAt(pos) == 'L')) {
            pos++;
        }
        if (pos >= fmt.length()) {
            throw new FormatError("incomplete format");
        }
        char conv = fmt.charAt(pos);
        if (conversions.indexOf(conv) < 0) {
            char shown = conv >= 32 && conv <= 126 ? conv : '?';
            throw new FormatError(String.format("unsupported format character '%c' (0x%x) at index %d",
                    shown, fmt.codePointAt(pos), pos));
        }
        return new PercentSpec(key, left, plus, space, zero, alternate, width, precision, conv, pos + 1);
    }

    /** Digits or '*' at cursor[0]; -1 when absent. */
    private static int number(String fmt, int[] cursor, String tooBig) {
        int pos = cursor[0];
        if (pos < fmt.length() && fmt.charAt(pos) == '*') {
            cursor[0] = pos + 1;
            return STAR;
        }
        long value = -1;
        while (pos < fmt.length() && fmt.charAt(pos) >= '0' && fmt.charAt(pos) <= '9') {
            value = Math.max(value, 0) * 10 + (fmt.charAt(pos++) - '0');
            if (value > Integer.MAX_VALUE) {
                throw new FormatError(tooBig);
            }
        }
        cursor[0] = pos;
        return (int) value;
    }

    /**
     * This spec with '*' replaced by values taken from the arguments: a negative width means
     * left-justify, a negative precision means 0 (as CPython).
     */
    public PercentSpec resolve(int starWidth, int starPrecision) {
        int w = width;
        boolean l = left;
        if (width == STAR) {
            l |= starWidth < 0;
            w = Math.abs(starWidth);
        }
        int p = precision == STAR ? Math.max(0, starPrecision) : precision;
        return new PercentSpec(key, l, plus, space, zero, alternate, w, p, conversion, end);
    }
}
