package org.minipy.objects.num;

/**
 * A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type].
 *
 * @param fill       the fill code point, or -1 when none was given (then ' ', or '0' with zeroPad)
 * @param align      one of {@code < > = ^}, or 0 when none was given
 * @param sign       one of {@code + - space}, or 0 when none was given
 * @param noNegZero  the 'z' flag (coerce negative zero)
 * @param alternate  the '#' flag
 * @param zeroPad    the '0' flag before the width (only when no fill was given)
 * @param width      minimum width, or -1
 * @param grouping   ',' or '_', or 0
 * @param precision  precision, or -1
 * @param type       the presentation type, the caller's default when none was given (0 = none)
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate,
        boolean zeroPad, int width, char grouping, int precision, char type) {

    /** Default type for int.__format__. */
    public static final char INT_DEFAULT = 'd';
    /** Default type for float.__format__ (none: repr-like). */
    public static final char FLOAT_DEFAULT = 0;
    /** Default type for str.__format__. */
    public static final char STR_DEFAULT = 's';

    /**
     * Parses spec as CPython does for an object of Python type {@code typeName} whose default
     * presentation type is {@code defaultType}; throws FormatError with CPython's message.
     */
    public static FormatSpec parse(String spec, char defaultType, String typeName) {
        return new Parser(spec, typeName).parse(defaultType);
    }

    /** The fill actually used: the given one, else '0' with the zero flag, else space. */
    public int effectiveFill() {
        return fill >= 0 ? fill : zeroPad ? '0' : ' ';
    }

    /** The alignment actually used for numbers: '=' with the zero flag, default '>'. */
    public char numericAlign() {
        return align != 0 ? align : zeroPad ? '=' : '>';
    }

    private static final class Parser {
        private final String spec;
        private final String typeName;
        private int pos;

        Parser(String spec, String typeName) {
            this.spec = spec;
            this.typeName = typeName;
        }

        FormatSpec parse(char defaultType) {
            int fill = -1;
            char align = 0;
            if (spec.length() > 0) {
                int first = spec.codePointAt(0);
                int next = Character.charCount(first);
                if (next < spec.length() && isAlign(spec.charAt(next))) {
                    fill = first;
                    align = spec.charAt(next);
                    pos = next + 1;
                } else if (isAlign(first)) {
                    align = (char) first;
                    pos = 1;
                }
            }
            char sign = 0;
            if (peek() == '+' || peek() == '-' || peek() == ' ') {
                sign = spec.charAt(pos++);
            }
            boolean noNegZero = accept('z');
            boolean alternate = accept('#');
            boolean zeroPad = fill < 0 && accept('0');
            int width = number();
            char grouping = grouping();
            int precision = -1;
            if (accept('.')) {
                precision = number();
                if (precision < 0) {
                    throw new FormatError("Format specifier missing precision");
                }
            }
            if (spec.length() - pos > 1) {
                throw new FormatError("Invalid format specifier '" + spec + "' for object of type '"
                        + typeName + "'");
            }
            char type = pos < spec.length() ? spec.charAt(pos) : defaultType;
            checkGrouping(grouping, type);
            return new FormatSpec(fill, align, sign, noNegZero, alternate, zeroPad, width, grouping,
                    precision, type);
        }

        private char grouping() {
            char g = 0;
            if (peek() == ',' || peek() == '_') {
                g = spec.charAt(pos++);
                char again = peek();
                if (again == ',' || again == '_') {
                    if (again == g) {
                        throw new FormatError("Cannot specify '" + g + "' with '" + g + "'.");
                    }
                    throw new FormatError("Cannot specify both ',' and '_'.");
                }
            }
            return g;
        }

        private static void checkGrouping(char grouping, char type) {
            if (grouping == 0) {
                return;
            }
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'F': case 'G': case '%': case 0:
                    return;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == '_') {
                        return;
                    }
                    break;
                default:
                    break;
            }
            throw new FormatError("Cannot specify '" + grouping + "' with '" + type + "'.");
        }

        /** Decimal digits at pos, or -1 when there are none. */
        private int number() {
            int start = pos;
            long value = 0;
            while (pos < spec.length() && spec.charAt(pos) >= '0' && spec.charAt(pos) <= '9') {
                value = value * 10 + (spec.charAt(pos++) - '0');
                if (value > Integer.MAX_VALUE) {
                    throw new FormatError("Too many decimal digits in format string");
                }
            }
            return pos == start ? -1 : (int) value;
        }

        private char peek() {
            return pos < spec.length() ? spec.charAt(pos) : 0;
        }

        private boolean accept(char c) {
            if (peek() == c && pos < spec.length()) {
                pos++;
                return true;
            }
            return false;
        }

        private static boolean isAlign(int c) {
            return c == '<' || c == '>' || c == '=' || c == '^';
        }
    }
}
