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

    static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        if (Character.getType(c) != Character.OTHER_NUMBER) {
            return false;
        }
        int v = Character.getNumericValue(c);
        return v >= 0 && v <= 9 && !isFraction(c);
    }

    private static boolean isFraction(int c) {
        return (c >= 0xbc && c <= 0xbe) || (c >= 0x2150 && c <= 0x215f) || c == 0x2189;
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

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c = s.codePointAt(0);
        if (c != '_' && !Character.isUnicodeIdentifierStart(c)) {
            return false;
        }
        for (int i = Character.charCount(c); i < s.length(); ) {
            c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
                return false;
            }
        }
        return true;
    }

    private static void appendTitle(StringBuilder sb, int c) {
        if (c == 0xdf) {
            sb.append("Ss");
            return;
        }
        sb.appendCodePoint(Character.toTitleCase(c));
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

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (previousCased) {
                appendLower(sb, c);
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
            i += Character.charCount(c);
            appendLower(sb, c);
        }
        return sb.toString();
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                appendLower(sb, c);
            } else if (Character.isLowerCase(c)) {
                appendUpper(sb, c);
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    static String casefold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.indexOf('\u00df') < 0 ? lower : lower.replace("\u00df", "ss");
    }
}
