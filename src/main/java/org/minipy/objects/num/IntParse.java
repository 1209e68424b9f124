package org.minipy.objects.num;

import java.math.BigInteger;

/**
 * int(str, base) semantics: whitespace, sign, 0x/0o/0b prefixes, PEP 515 underscores, base 0
 * (prefix decides; no leading zeros in a non-zero decimal), bases 2..36, and CPython 3.11's
 * limit on the number of digits for bases that are not powers of two.
 * Every failure is a NumberFormatException whose message is CPython's ValueError message.
 */
public final class IntParse {
    /** CPython's default sys.get_int_max_str_digits(). */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    private IntParse() {}

    /** int(s, base) with CPython's default digit limit. */
    public static BigInteger parse(String s, int base) {
        return parse(s, base, DEFAULT_MAX_STR_DIGITS);
    }

    /** int(s, base); {@code maxStrDigits} 0 means no limit. */
    public static BigInteger parse(String s, int base, int maxStrDigits) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw new NumberFormatException("int() base must be >= 2 and <= 36, or 0");
        }
        String t = PyChars.stripToAscii(s);
        int pos = 0;
        boolean negative = false;
        if (pos < t.length() && (t.charAt(pos) == '+' || t.charAt(pos) == '-')) {
            negative = t.charAt(pos) == '-';
            pos++;
        }
        int prefixBase = prefixBase(t, pos);
        boolean hasPrefix = prefixBase != 0 && (base == 0 || base == prefixBase);
        int effectiveBase = base;
        if (hasPrefix) {
            effectiveBase = prefixBase;
            pos += 2;
        } else if (base == 0) {
            effectiveBase = 10;
        }
        if (pos < t.length() && t.charAt(pos) == '_' && hasPrefix) {
            pos++; // "0x_ff": one underscore may follow the prefix
        }
        int start = pos;
        int end = scanDigits(t, pos, effectiveBase);
        if (end <= start) {
            throw new NumberFormatException(errorMessage(s, base));
        }
        String digits = t.substring(start, end).replace("_", "");
        if (maxStrDigits > 0 && Integer.bitCount(effectiveBase) != 1 && digits.length() > maxStrDigits) {
            throw new NumberFormatException(limitMessage(digits.length(), maxStrDigits));
        }
        if (end != t.length() || (base == 0 && !hasPrefix && hasForbiddenLeadingZero(digits))) {
            throw new NumberFormatException(errorMessage(s, base));
        }
        BigInteger v = new BigInteger(digits, effectiveBase);
        return negative ? v.negate() : v;
    }

    /** CPython's message: "invalid literal for int() with base 10: 'abc'" (repr cut at 200). */
    public static String errorMessage(String original, int base) {
        String r = StrRepr.repr(original);
        if (r.codePointCount(0, r.length()) > 200) {
            r = r.substring(0, r.offsetByCodePoints(0, 200));
        }
        return "invalid literal for int() with base " + base + ": " + r;
    }

    /** CPython 3.11's message when a string has too many digits to convert. */
    public static String limitMessage(int digits, int limit) {
        return "Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                + digits + " digits; use sys.set_int_max_str_digits() to increase the limit";
    }

    /** 16, 8 or 2 when t has a 0x/0o/0b prefix at pos, else 0. */
    private static int prefixBase(String t, int pos) {
        if (pos + 1 >= t.length() || t.charAt(pos) != '0') {
            return 0;
        }
        switch (Character.toLowerCase(t.charAt(pos + 1))) {
            case 'x': return 16;
            case 'o': return 8;
            case 'b': return 2;
            default: return 0;
        }
    }

    /**
     * End of the run "digit (_? digit)*" of digits valid in base, starting at pos; -1 when an
     * underscore is not followed by a digit (so the literal is invalid).
     */
    private static int scanDigits(String t, int pos, int base) {
        int n = t.length();
        if (pos >= n || Character.digit(t.charAt(pos), base) < 0) {
            return -1;
        }
        pos++;
        while (pos < n) {
            char c = t.charAt(pos);
            if (Character.digit(c, base) >= 0) {
                pos++;
            } else if (c == '_') {
                if (pos + 1 >= n || Character.digit(t.charAt(pos + 1), base) < 0) {
                    return -1;
                }
                pos += 2;
            } else {
                break;
            }
        }
        return pos;
    }

    /** Base 0 forbids "007": a decimal starting with 0 must be all zeros. */
    private static boolean hasForbiddenLeadingZero(String digits) {
        return digits.charAt(0) == '0' && !digits.chars().allMatch(c -> c == '0');
    }
}
