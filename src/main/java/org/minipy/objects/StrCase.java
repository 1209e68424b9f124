package org.minipy.objects;

import java.util.Locale;

/** Character classes and case mappings of {@code str} with Python's definitions. */
final class StrCase {
    private StrCase() {
    }

    /** Python's whitespace ({@code Py_UNICODE_ISSPACE}). */
    static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028
                || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** The non-decimal characters with Unicode property Numeric_Type=Digit (inclusive ranges). */
    private static final int[] OTHER_DIGITS = {
        0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079,
        0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd,
        0x24ff, 0x24ff, 0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68,
        0x11052, 0x1105a, 0x1f100, 0x1f10a};

    static boolean isDigit(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        if (isDecimal(c)) {
            return true;
        }
        for (int i = 0; i < OTHER_DIGITS.length && OTHER_DIGITS[i] <= c; i += 2) {
            if (c <= OTHER_DIGITS[i + 1]) {
                return true;
            }
        }
        return false;
    }

    static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || (Character.isIdeographic(c) && Character.getNumericValue(c) >= 0);
    }

    static boolean isAlnum(int c) {
        return Character.isLetter(c) || isNumeric(c);
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= Character.isUpperCase(c);
        }
        return cased;
    }

    static boolean isLower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= Character.isLowerCase(c);
        }
        return cased;
    }

    static boolean isTitle(String s) {
        boolean cased = false, previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /** ID_Start characters that are not XID_Start (Python uses the XID properties). */
    private static final int[] NOT_XID_START = {0x37a, 0xe33, 0xeb3, 0x2e2f, 0x309b, 0x309c, 0xfc5e, 0xfc5f,
        0xfc60, 0xfc61, 0xfc62, 0xfc63, 0xfdfa, 0xfdfb, 0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a, 0xfe7c,
        0xfe7e, 0xff9e, 0xff9f};
    /** ID_Continue characters that are not XID_Continue. */
    private static final int[] NOT_XID_CONTINUE = {0x37a, 0x2e2f, 0x309b, 0x309c, 0xfc5e, 0xfc5f, 0xfc60,
        0xfc61, 0xfc62, 0xfc63, 0xfdfa, 0xfdfb, 0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a, 0xfe7c, 0xfe7e};

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c = s.codePointAt(0);
        if (c != '_' && (!Character.isUnicodeIdentifierStart(c)
                || c >= 0x37a && java.util.Arrays.binarySearch(NOT_XID_START, c) >= 0)) {
            return false;
        }
        for (int i = Character.charCount(c); i < s.length(); ) {
            c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                if (!(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                    return false;
                }
            } else if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)
                    || java.util.Arrays.binarySearch(NOT_XID_CONTINUE, c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The title case of one character: the simple mapping when there is one, else (special
     * casing such as 'ß' or 'ﬁ') the full upper case with the letters after the first cased one
     * in lower case.
     */
    private static void appendTitle(StringBuilder sb, int c) {
        int t = Character.toTitleCase(c);
        if (t != c || c < 128 || Character.isTitleCase(c)) {
            sb.appendCodePoint(t);
            return;
        }
        String up = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
        if (up.codePointCount(0, up.length()) <= 1) {
            sb.appendCodePoint(c);
            return;
        }
        boolean seenCased = false;
        for (int i = 0; i < up.length(); ) {
            int u = up.codePointAt(i);
            i += Character.charCount(u);
            if (seenCased) {
                appendLower(sb, u);
            } else {
                sb.appendCodePoint(u);
                seenCased = isCased(u);
            }
        }
    }

    private static void appendLower(StringBuilder sb, int c) {
        if (c < 128) {
            sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        } else {
            sb.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
        }
    }

    private static void appendUpper(StringBuilder sb, int c) {
        if (c < 128) {
            sb.append((char) (c >= 'a' && c <= 'z' ? c - 32 : c));
        } else {
            sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
        }
    }

    /**
     * The lower case of the character at {@code i} of {@code s}: as {@link #appendLower}, but a
     * capital sigma becomes final sigma at the end of a word (cf. CPython's handle_capital_sigma):
     * after a cased letter and not before one, case-ignorable characters skipped both ways.
     */
    private static void appendLowerAt(StringBuilder sb, String s, int i, int c) {
        if (c != 0x3a3) {
            appendLower(sb, c);
            return;
        }
        boolean casedBefore = false;
        for (int j = i; j > 0; ) {
            int p = s.codePointBefore(j);
            j -= Character.charCount(p);
            if (!isCaseIgnorable(p)) {
                casedBefore = isCased(p);
                break;
            }
        }
        boolean casedAfter = false;
        for (int j = i + 1; j < s.length(); ) {
            int n = s.codePointAt(j);
            j += Character.charCount(n);
            if (!isCaseIgnorable(n)) {
                casedAfter = isCased(n);
                break;
            }
        }
        sb.append(casedBefore && !casedAfter ? '\u03c2' : '\u03c3');
    }

    /** Unicode's Case_Ignorable: marks, format characters, modifiers and word-internal punctuation. */
    private static boolean isCaseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK: case Character.ENCLOSING_MARK: case Character.FORMAT:
            case Character.MODIFIER_LETTER: case Character.MODIFIER_SYMBOL:
                return true;
            default:
                return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xb7 || c == 0x2018
                        || c == 0x2019 || c == 0x2024 || c == 0x2027 || c == 0xfe13 || c == 0xfe52 || c == 0xfe55
                        || c == 0xff07 || c == 0xff0e || c == 0xff1a || c == 0x387 || c == 0x55f || c == 0x5f4;
        }
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int at = i;
            i += Character.charCount(c);
            if (previousCased) {
                appendLowerAt(sb, s, at, c);
            } else {
                appendTitle(sb, c);
            }
            previousCased = isCased(c);
        }
        return sb.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int c = s.codePointAt(0);
        appendTitle(sb, c);
        for (int i = Character.charCount(c); i < s.length(); ) {
            c = s.codePointAt(i);
            appendLowerAt(sb, s, i, c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int at = i;
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                appendLowerAt(sb, s, at, c);
            } else if (Character.isLowerCase(c)) {
                appendUpper(sb, c);
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    private static boolean isCherokee(int c) {
        return (c >= 0x13a0 && c <= 0x13fd) || (c >= 0xab70 && c <= 0xabbf);
    }

    /** Full case folding, approximated per character as lower(upper(c)) (exact but for rare cases). */
    static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
            } else if (isCherokee(c)) {
                sb.appendCodePoint(Character.toUpperCase(c));
            } else if (c == 0x131) {
                sb.appendCodePoint(c);
            } else if (c == 0x1e9e) {
                sb.append("ss");
            } else {
                sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }
}
