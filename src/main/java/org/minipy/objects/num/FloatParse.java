package org.minipy.objects.num;

/** float(str) semantics: Python's literal syntax plus inf/nan words, PEP 515 underscores. */
public final class FloatParse {
    private FloatParse() {}

    /**
     * Parses like CPython's float(s); throws NumberFormatException when CPython raises
     * ValueError (use {@link #errorMessage} for the message).
     */
    public static double parse(String s) {
        String t = PyChars.stripToAscii(s);
        int pos = 0;
        boolean negative = false;
        if (pos < t.length() && (t.charAt(pos) == '+' || t.charAt(pos) == '-')) {
            negative = t.charAt(pos) == '-';
            pos++;
        }
        String rest = t.substring(pos);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        String clean = validNumber(rest);
        if (clean == null) {
            throw new NumberFormatException(errorMessage(s));
        }
        double v = Double.parseDouble(clean);
        return negative ? -v : v;
    }

    /** CPython's ValueError message for float(original). */
    public static String errorMessage(String original) {
        return "could not convert string to float: " + StrRepr.repr(original);
    }

    /**
     * Checks digits [. digits] [e [sign] digits] with underscores only between digits, and
     * returns the text without underscores, or null when the syntax is invalid.
     */
    private static String validNumber(String s) {
        int n = s.length();
        int intEnd = skipDigits(s, 0);
        if (intEnd < 0) {
            return null;
        }
        int pos = intEnd;
        int fracStart = pos;
        int fracEnd = pos;
        if (pos < n && s.charAt(pos) == '.') {
            fracStart = pos + 1;
            fracEnd = skipDigits(s, fracStart);
            pos = fracEnd;
        }
        if (fracEnd < 0 || (intEnd == 0 && fracEnd == fracStart)) {
            return null;
        }
        if (pos < n && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            int expStart = pos + 1;
            if (expStart < n && (s.charAt(expStart) == '+' || s.charAt(expStart) == '-')) {
                expStart++;
            }
            pos = skipDigits(s, expStart);
            if (pos <= expStart) {
                return null;
            }
        }
        return pos == n ? s.replace("_", "") : null;
    }

    /**
     * End of a run "digit (_? digit)*" starting at pos (pos itself when there is no digit), or
     * -1 when an underscore is not between two digits.
     */
    static int skipDigits(String s, int pos) {
        int n = s.length();
        if (pos >= n || !isDigit(s.charAt(pos))) {
            return pos < n && s.charAt(pos) == '_' ? -1 : pos;
        }
        pos++;
        while (pos < n) {
            char c = s.charAt(pos);
            if (isDigit(c)) {
                pos++;
            } else if (c == '_' && pos + 1 < n && isDigit(s.charAt(pos + 1))) {
                pos += 2;
            } else if (c == '_') {
                return -1;
            } else {
                break;
            }
        }
        return pos;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
