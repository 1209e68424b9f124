package org.minipy.parse;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/** Decodes number and string literal tokens into their values (cf. CPython's parsenumber / decode_unicode_with_escapes). */
final class Literals {
    private Literals() {
    }

    /** An int literal (0x/0o/0b, underscores) as BigInteger. */
    static BigInteger parseInt(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        if (s.length() > 1 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            if (p == 'x') {
                return new BigInteger(s.substring(2), 16);
            } else if (p == 'o') {
                return new BigInteger(s.substring(2), 8);
            } else if (p == 'b') {
                return new BigInteger(s.substring(2), 2);
            }
        }
        if (s.length() < 19) {
            return BigInteger.valueOf(Long.parseLong(s));
        }
        return new BigInteger(s);
    }

    static boolean isFloat(String text) {
        String s = text.toLowerCase();
        if (s.startsWith("0x") || s.startsWith("0o") || s.startsWith("0b")) {
            return false;
        }
        return s.indexOf('.') >= 0 || s.indexOf('e') >= 0;
    }

    static double parseFloat(String text) {
        return Double.parseDouble(text.replace("_", ""));
    }

    /** The prefix letters of a string token, lower-cased ("", "r", "b", "rb", "f", "fr", "u"). */
    static String prefix(String token) {
        int i = 0;
        while (i < token.length() && token.charAt(i) != '\'' && token.charAt(i) != '"') {
            i++;
        }
        return token.substring(0, i).toLowerCase();
    }

    /** Length of the quote delimiter: 1 or 3. */
    static int quoteLength(String token, int prefixLen) {
        char q = token.charAt(prefixLen);
        if (token.length() >= prefixLen + 6 && token.charAt(prefixLen + 1) == q && token.charAt(prefixLen + 2) == q) {
            return 3;
        }
        return 1;
    }

    /** Reports a bad escape: message and the index (into the body) where it starts. */
    static final class EscapeError extends RuntimeException {
        final int index;

        EscapeError(String msg, int index) {
            super(msg, null, false, false);
            this.index = index;
        }
    }

    /** Decodes the escapes of a str literal body (not raw). */
    static String decodeStr(String body) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            int start = i;
            char e = body.charAt(++i);
            switch (e) {
                case '\n': break;
                case '\\': sb.append('\\'); break;
                case '\'': sb.append('\''); break;
                case '"': sb.append('"'); break;
                case 'a': sb.append('\u0007'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'v': sb.append('\u000b'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = 0;
                    int k = 0;
                    while (k < 3 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                        v = v * 8 + (body.charAt(i) - '0');
                        i++;
                        k++;
                    }
                    i--;
                    sb.appendCodePoint(v);
                    break;
                }
                case 'x':
                    sb.appendCodePoint(hex(body, i + 1, 2, start, "\\xXX"));
                    i += 2;
                    break;
                case 'u':
                    sb.appendCodePoint(hex(body, i + 1, 4, start, "\\uXXXX"));
                    i += 4;
                    break;
                case 'U': {
                    int cp = hex(body, i + 1, 8, start, "\\UXXXXXXXX");
                    if (cp > 0x10FFFF) {
                        throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + start + "-" + (start + 9) + ": illegal Unicode character", start);
                    }
                    sb.appendCodePoint(cp);
                    i += 8;
                    break;
                }
                case 'N': {
                    int close = body.indexOf('}', i);
                    if (i + 1 >= n || body.charAt(i + 1) != '{' || close < 0) {
                        throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + start + "-" + Math.min(n - 1, i) + ": malformed \\N character escape", start);
                    }
                    String name = body.substring(i + 2, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + start + "-" + close + ": unknown Unicode character name", start);
                    }
                    sb.appendCodePoint(cp);
                    i = close;
                    break;
                }
                default:
                    // Unknown escapes are kept as they are (CPython warns, DeprecationWarning).
                    sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    private static int hex(String body, int from, int count, int start, String form) {
        int v = 0;
        for (int k = 0; k < count; k++) {
            int d = from + k < body.length() ? Character.digit(body.charAt(from + k), 16) : -1;
            if (d < 0) {
                throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        + start + "-" + (from + k - 1) + ": truncated " + form + " escape", start);
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** Decodes a bytes literal body; non-ASCII characters are an error (returned as null). */
    static byte[] decodeBytes(String body, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c >= 128) {
                return null;
            }
            if (raw || c != '\\' || i + 1 >= n) {
                out.write(c);
                continue;
            }
            int start = i;
            char e = body.charAt(++i);
            switch (e) {
                case '\n': break;
                case '\\': out.write('\\'); break;
                case '\'': out.write('\''); break;
                case '"': out.write('"'); break;
                case 'a': out.write(7); break;
                case 'b': out.write(8); break;
                case 'f': out.write(12); break;
                case 'n': out.write(10); break;
                case 'r': out.write(13); break;
                case 't': out.write(9); break;
                case 'v': out.write(11); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = 0;
                    int k = 0;
                    while (k < 3 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                        v = v * 8 + (body.charAt(i) - '0');
                        i++;
                        k++;
                    }
                    i--;
                    out.write(v & 0xFF);
                    break;
                }
                case 'x': {
                    int v = 0;
                    for (int k = 1; k <= 2; k++) {
                        int d = i + k < n ? Character.digit(body.charAt(i + k), 16) : -1;
                        if (d < 0) {
                            throw new EscapeError("(value error) invalid \\x escape at position " + start, start);
                        }
                        v = v * 16 + d;
                    }
                    out.write(v);
                    i += 2;
                    break;
                }
                default:
                    out.write('\\');
                    out.write(e);
            }
        }
        return out.toByteArray();
    }
}
