package org.minipy.objects.num;

/** CPython's repr() of a str, needed to build error messages that quote the input. */
public final class StrRepr {
    private StrRepr() {}

    /** repr(s) exactly as CPython: quote choice, backslash escapes, non-printables escaped. */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendEscaped(sb, cp, quote);
        }
        return sb.append(quote).toString();
    }

    private static void appendEscaped(StringBuilder sb, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            sb.append('\\').appendCodePoint(cp);
        } else if (cp == '\t') {
            sb.append("\\t");
        } else if (cp == '\n') {
            sb.append("\\n");
        } else if (cp == '\r') {
            sb.append("\\r");
        } else if (cp < ' ' || cp == 0x7f) {
            sb.append(String.format("\\x%02x", cp));
        } else if (cp < 0x7f || isPrintable(cp)) {
            sb.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            sb.append(String.format("\\x%02x", cp));
        } else if (cp <= 0xffff) {
            sb.append(String.format("\\u%04x", cp));
        } else {
            sb.append(String.format("\\U%08x", cp));
        }
    }

    /** Python's str.isprintable() for one code point (Unicode categories C* and Z* except space). */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
