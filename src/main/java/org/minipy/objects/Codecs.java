package org.minipy.objects;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code str.encode} and {@code bytes.decode} for utf-8, ascii and latin-1 with the error
 * handlers strict, ignore, replace and backslashreplace, with CPython's exception messages.
 */
public final class Codecs {
    private Codecs() {
    }

    /** The canonical codec name ("utf-8", "ascii", "latin-1") or LookupError. */
    static String normalize(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (e) {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001":
                return "utf-8";
            case "ascii": case "us-ascii": case "646": case "us":
                return "ascii";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "8859": case "l1":
            case "latin": case "cp819": case "iso-ir-100":
                return "latin-1";
            default:
                throw PyErr.lookupError("unknown encoding: %s", encoding);
        }
    }

    private static void checkHandler(String errors) {
        switch (errors) {
            case "strict": case "ignore": case "replace": case "backslashreplace":
                return;
            default:
                throw PyErr.lookupError("unknown error handler name '%s'", errors);
        }
    }

    private static String charRepr(int c) {
        if (c < 0x100) {
            return String.format("\\x%02x", c);
        }
        return c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
    }

    // ---- encoding ----------------------------------------------------------------------------

    public static byte[] encode(String s, String encoding, String errors) {
        String codec = normalize(encoding);
        int limit = codec.equals("ascii") ? 0x80 : codec.equals("latin-1") ? 0x100 : 0x110000;
        boolean simple = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= limit || Character.isSurrogate(c)) {
                simple = false;
                break;
            }
        }
        if (simple) {
            return s.getBytes(codec.equals("utf-8") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 16);
        int[] cps = s.codePoints().toArray();
        for (int k = 0; k < cps.length; k++) {
            int c = cps[k];
            boolean bad = c >= limit || (c >= 0xd800 && c <= 0xdfff);
            if (!bad) {
                writeCodePoint(out, c, codec);
                continue;
            }
            int end = k + 1;
            while (end < cps.length && (cps[end] >= limit || (cps[end] >= 0xd800 && cps[end] <= 0xdfff))) {
                end++;
            }
            checkHandler(errors);
            switch (errors) {
                case "strict": {
                    String reason = codec.equals("utf-8") ? "surrogates not allowed"
                            : "ordinal not in range(" + limit + ")";
                    String what = end - k == 1 ? "character '" + charRepr(c) + "' in position " + k
                            : "characters in position " + k + "-" + (end - 1);
                    throw PyErr.of(PyExc.UnicodeEncodeError,
                            "'" + codec + "' codec can't encode " + what + ": " + reason);
                }
                case "ignore":
                    break;
                case "replace":
                    for (int j = k; j < end; j++) {
                        out.write('?');
                    }
                    break;
                default:
                    for (int j = k; j < end; j++) {
                        byte[] b = charRepr(cps[j]).getBytes(StandardCharsets.ISO_8859_1);
                        out.write(b, 0, b.length);
                    }
                    break;
            }
            k = end - 1;
        }
        return out.toByteArray();
    }

    private static void writeCodePoint(ByteArrayOutputStream out, int c, String codec) {
        if (!codec.equals("utf-8") || c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xc0 | (c >> 6));
            out.write(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            out.write(0xe0 | (c >> 12));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        } else {
            out.write(0xf0 | (c >> 18));
            out.write(0x80 | ((c >> 12) & 0x3f));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        }
    }

    // ---- decoding ----------------------------------------------------------------------------

    public static String decode(byte[] data, String encoding, String errors) {
        String codec = normalize(encoding);
        if (codec.equals("latin-1")) {
            return new String(data, StandardCharsets.ISO_8859_1);
        }
        boolean ascii = true;
        for (byte b : data) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(data, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(data.length);
        int i = 0, n = data.length;
        while (i < n) {
            int b = data[i] & 0xff;
            if (b < 0x80) {
                sb.append((char) b);
                i++;
                continue;
            }
            if (codec.equals("ascii")) {
                decodeError(sb, data, codec, errors, i, i + 1, "ordinal not in range(128)");
                i++;
                continue;
            }
            int need, lo = 0x80, hi = 0xbf, cp;
            if (b >= 0xc2 && b <= 0xdf) {
                need = 1;
                cp = b & 0x1f;
            } else if (b >= 0xe0 && b <= 0xef) {
                need = 2;
                cp = b & 0x0f;
                if (b == 0xe0) {
                    lo = 0xa0;
                } else if (b == 0xed) {
                    hi = 0x9f;
                }
            } else if (b >= 0xf0 && b <= 0xf4) {
                need = 3;
                cp = b & 0x07;
                if (b == 0xf0) {
                    lo = 0x90;
                } else if (b == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                decodeError(sb, data, codec, errors, i, i + 1, "invalid start byte");
                i++;
                continue;
            }
            int j = i + 1;
            boolean ok = true;
            for (int k = 0; k < need; k++, j++) {
                if (j >= n) {
                    decodeError(sb, data, codec, errors, i, n, "unexpected end of data");
                    ok = false;
                    break;
                }
                int c = data[j] & 0xff;
                int l = k == 0 ? lo : 0x80, h = k == 0 ? hi : 0xbf;
                if (c < l || c > h) {
                    decodeError(sb, data, codec, errors, i, j, "invalid continuation byte");
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (c & 0x3f);
            }
            if (ok) {
                sb.appendCodePoint(cp);
                i = j;
            } else {
                i = j >= n ? n : j;
            }
        }
        return sb.toString();
    }

    private static void decodeError(StringBuilder sb, byte[] data, String codec, String errors, int start, int end,
                                    String reason) {
        checkHandler(errors);
        switch (errors) {
            case "strict": {
                String what = end - start == 1
                        ? String.format("byte 0x%02x in position %d", data[start] & 0xff, start)
                        : String.format("bytes in position %d-%d", start, end - 1);
                throw PyErr.of(PyExc.UnicodeDecodeError, "'" + codec + "' codec can't decode " + what + ": " + reason);
            }
            case "ignore":
                return;
            case "replace":
                sb.append('\ufffd');
                return;
            default:
                for (int k = start; k < end; k++) {
                    sb.append(String.format("\\x%02x", data[k] & 0xff));
                }
        }
    }
}
