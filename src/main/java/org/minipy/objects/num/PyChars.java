package org.minipy.objects.num;

/** Python's notions of whitespace and decimal digits, as used by int() and float(). */
public final class PyChars {
    private PyChars() {}

    /** str.isspace() for one code point. */
    public static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1f);
        }
        return cp == 0x85 || Character.isSpaceChar(cp);
    }

    /**
     * The string with Python whitespace stripped at both ends and every Unicode decimal digit
     * replaced by its ASCII digit (CPython accepts e.g. Arabic-Indic digits in int()/float()).
     */
    public static String stripToAscii(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        StringBuilder sb = null;
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            if (cp >= 128 && sb == null) {
                sb = new StringBuilder(s.substring(start, i));
            }
            if (sb != null) {
                if (cp >= 128 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                    sb.append((char) ('0' + Character.digit(cp, 10)));
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            i += Character.charCount(cp);
        }
        return sb == null ? s.substring(start, end) : sb.toString();
    }
}
