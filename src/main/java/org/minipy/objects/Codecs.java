package org.minipy.objects;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code str.encode} and {@code bytes.decode} for utf-8, ascii, latin-1, utf-16 and utf-32
 * (with -le/-be forms; the plain forms write a little-endian BOM and read either), with the
 * error handlers strict, ignore, replace and backslashreplace (and xmlcharrefreplace when
 * encoding), with CPython's exception messages.
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
            case "utf-16": case "utf16": case "u16":
                return "utf-16";
            case "utf-16-le": case "utf-16le": case "utf16le": case "utf16-le":
                return "utf-16-le";
            case "utf-16-be": case "utf-16be": case "utf16be": case "utf16-be":
                return "utf-16-be";
            case "utf-32": case "utf32": case "u32":
                return "utf-32";
            case "utf-32-le": case "utf-32le": case "utf32le": case "utf32-le":
                return "utf-32-le";
            case "utf-32-be": case "utf-32be": case "utf32be": case "utf32-be":
                return "utf-32-be";
            default:
                throw PyErr.lookupError("unknown encoding: %s", encoding);
        }
    }

    private static void checkHandler(String errors, boolean encoding) {
        switch (errors) {
            case "strict": case "ignore": case "replace": case "backslashreplace":
                return;
            case "xmlcharrefreplace":
                if (encoding) {
                    return;
                }
                throw PyErr.typeError("don't know how to handle UnicodeDecodeError in error callback");
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
        boolean wide = codec.startsWith("utf-16") || codec.startsWith("utf-32");
        if (simple && !wide) {
            return s.getBytes(codec.equals("utf-8") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 16);
        if (codec.equals("utf-16")) {
            out.write(0xff);
            out.write(0xfe);
        } else if (codec.equals("utf-32")) {
            out.write(0xff);
            out.write(0xfe);
            out.write(0);
            out.write(0);
        }
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
            checkHandler(errors, true);
            switch (errors) {
                case "strict": {
                    String reason = codec.startsWith("utf") ? "surrogates not allowed"
                            : "ordinal not in range(" + limit + ")";
                    throw encodeError(codec, s, k, end, reason);
                }
                case "ignore":
                    break;
                case "replace":
                    for (int j = k; j < end; j++) {
                        writeCodePoint(out, '?', codec);
                    }
                    break;
                default:
                    // backslashreplace, xmlcharrefreplace: ASCII text, written in the codec
                    for (int j = k; j < end; j++) {
                        String r = errors.equals("xmlcharrefreplace") ? "&#" + cps[j] + ";" : charRepr(cps[j]);
                        for (int q = 0; q < r.length(); q++) {
                            writeCodePoint(out, r.charAt(q), codec);
                        }
                    }
                    break;
            }
            k = end - 1;
        }
        return out.toByteArray();
    }

    private static void writeCodePoint(ByteArrayOutputStream out, int c, String codec) {
        if (codec.startsWith("utf-16")) {
            if (c >= 0x10000) {
                writeUnit(out, Character.highSurrogate(c), 2, codec.endsWith("be"));
                writeUnit(out, Character.lowSurrogate(c), 2, codec.endsWith("be"));
            } else {
                writeUnit(out, c, 2, codec.endsWith("be"));
            }
        } else if (codec.startsWith("utf-32")) {
            writeUnit(out, c, 4, codec.endsWith("be"));
        } else if (!codec.equals("utf-8") || c < 0x80) {
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

    /** One code unit of {@code size} bytes, in either byte order. */
    private static void writeUnit(ByteArrayOutputStream out, int unit, int size, boolean bigEndian) {
        for (int k = 0; k < size; k++) {
            out.write(unit >>> (8 * (bigEndian ? size - 1 - k : k)) & 0xff);
        }
    }

    // ---- decoding ----------------------------------------------------------------------------

    public static String decode(byte[] data, String encoding, String errors) {
        String codec = normalize(encoding);
        if (codec.startsWith("utf-16") || codec.startsWith("utf-32")) {
            return decodeWide(data, codec, errors);
        }
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

    /**
     * UTF-16 and UTF-32. The plain forms take a BOM if there is one, else little-endian (the
     * machine's order, as CPython); errors name the form actually decoded ("utf-16-le").
     */
    private static String decodeWide(byte[] data, String codec, String errors) {
        int size = codec.startsWith("utf-16") ? 2 : 4;
        int i = 0, n = data.length;
        boolean be = codec.endsWith("-be");
        if (codec.length() == 6) {
            if (size == 2 && n >= 2 && (data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff) {
                be = true;
                i = 2;
            } else if (size == 2 && n >= 2 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe) {
                i = 2;
            } else if (size == 4 && n >= 4 && unit(data, 0, 4, true) == 0xfeff) {
                be = true;
                i = 4;
            } else if (size == 4 && n >= 4 && unit(data, 0, 4, false) == 0xfeff) {
                i = 4;
            }
            codec = codec + (be ? "-be" : "-le");
        }
        StringBuilder sb = new StringBuilder(n / size);
        while (i < n) {
            if (n - i < size) {
                decodeError(sb, data, codec, errors, i, n, "truncated data");
                break;
            }
            int u = unit(data, i, size, be);
            if (size == 4) {
                if (u < 0 || u > 0x10ffff) {
                    decodeError(sb, data, codec, errors, i, i + 4, "code point not in range(0x110000)");
                } else if (u >= 0xd800 && u < 0xe000) {
                    decodeError(sb, data, codec, errors, i, i + 4,
                            "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    sb.appendCodePoint(u);
                }
                i += 4;
            } else if (u < 0xd800 || u >= 0xe000) {
                sb.append((char) u);
                i += 2;
            } else if (u >= 0xdc00) {
                decodeError(sb, data, codec, errors, i, i + 2, "illegal encoding");
                i += 2;
            } else if (n - i < 4) {
                decodeError(sb, data, codec, errors, i, n, "unexpected end of data");
                break;
            } else {
                int low = unit(data, i + 2, 2, be);
                if (low >= 0xdc00 && low < 0xe000) {
                    sb.append((char) u).append((char) low);
                    i += 4;
                } else {
                    decodeError(sb, data, codec, errors, i, i + 2, "illegal UTF-16 surrogate");
                    i += 2;
                }
            }
        }
        return sb.toString();
    }

    private static int unit(byte[] data, int at, int size, boolean bigEndian) {
        int u = 0;
        for (int k = 0; k < size; k++) {
            int b = data[at + k] & 0xff;
            u |= b << (8 * (bigEndian ? size - 1 - k : k));
        }
        return u;
    }

    private static void decodeError(StringBuilder sb, byte[] data, String codec, String errors, int start, int end,
                                    String reason) {
        checkHandler(errors, false);
        switch (errors) {
            case "strict": {
                throw decodeError(codec, data, start, end, reason);
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

    /** UnicodeDecodeError(codec, data, start, end, reason), as the codecs raise it. */
    public static PyException decodeError(String codec, byte[] data, int start, int end, String reason) {
        return PyBaseException.create(PyExc.UnicodeDecodeError, new PyTuple(new PyObject[] {PyStr.of(codec),
            PyBytes.of(data), PyInt.of(start), PyInt.of(end), PyStr.of(reason)})).toJava();
    }

    /** UnicodeEncodeError(codec, text, start, end, reason); start and end count code points. */
    public static PyException encodeError(String codec, String text, int start, int end, String reason) {
        return PyBaseException.create(PyExc.UnicodeEncodeError, new PyTuple(new PyObject[] {PyStr.of(codec),
            PyStr.of(text), PyInt.of(start), PyInt.of(end), PyStr.of(reason)})).toJava();
    }
}
