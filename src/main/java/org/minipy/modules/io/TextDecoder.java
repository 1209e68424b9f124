package org.minipy.modules.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.minipy.objects.Codecs;

/**
 * The incremental decoder of a text file, with the state CPython's has, because tell() cookies
 * are built from it: the codec's unfinished bytes and, with universal newlines (newline None or
 * ""), {@code IncrementalNewlineDecoder}'s pending {@code '\r'} (a {@code '\r'} that ends a
 * decoded piece waits, as it may begin {@code "\r\n"}) and the kinds of line end seen so far.
 *
 * <p>{@link #flags()} is CPython's decoder flag: 1 while a {@code '\r'} is pending, else 0
 * (the codecs minipy knows have no flags of their own).
 */
final class TextDecoder {
    static final int SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4;
    private static final byte[] EMPTY = new byte[0];

    /** "utf-8", "ascii", "latin-1" (decoded with CPython's messages by {@link Codecs}) or null. */
    private final String codec;
    private final Charset charset;
    private final String encodingName;
    private final String errors;
    private final boolean universal;
    private final boolean translate;
    private CharsetDecoder decoder;
    private byte[] pending = EMPTY;
    private boolean pendingCr;
    private int seen;

    TextDecoder(Charset charset, String encodingName, String errors, String newline) {
        this.charset = charset;
        this.codec = codecName(charset);
        this.encodingName = encodingName;
        this.errors = errors;
        this.universal = newline == null || newline.isEmpty();
        this.translate = newline == null;
    }

    static String codecName(Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            return "utf-8";
        }
        if (cs.equals(StandardCharsets.US_ASCII)) {
            return "ascii";
        }
        return cs.equals(StandardCharsets.ISO_8859_1) ? "latin-1" : null;
    }

    /** The codec's unfinished bytes (CPython's {@code getstate()[0]}). */
    byte[] buffer() {
        return pending;
    }

    int flags() {
        return pendingCr ? 1 : 0;
    }

    /** {@code setstate((buffer, flags))}; the newline kinds seen are kept. */
    void setState(byte[] buffer, int flags) {
        pending = buffer;
        pendingCr = universal && (flags & 1) != 0;
        if (decoder != null) {
            decoder.reset();
        }
    }

    /** {@code reset()}: no state, no newline kinds seen. */
    void reset() {
        setState(EMPTY, 0);
        seen = 0;
    }

    /** The {@code newlines} attribute: None, or the kind(s) of line end seen. */
    int seen() {
        return universal ? seen : 0;
    }

    /** Decodes {@code b[off, off+len)} after what is pending; {@code fin}: no more input follows. */
    String decode(byte[] b, int off, int len, boolean fin) {
        String out = decodeBytes(b, off, len, fin);
        if (!universal) {
            return out;
        }
        if (pendingCr && (fin || !out.isEmpty())) {
            out = "\r".concat(out);
            pendingCr = false;
        }
        if (!fin && !out.isEmpty() && out.charAt(out.length() - 1) == '\r') {
            out = out.substring(0, out.length() - 1);
            pendingCr = true;
        }
        if (out.indexOf('\r') < 0) {
            if ((seen & SEEN_LF) == 0 && out.indexOf('\n') >= 0) {
                seen |= SEEN_LF;
            }
            return out;
        }
        StringBuilder sb = translate ? new StringBuilder(out.length()) : null;
        for (int i = 0, n = out.length(); i < n; i++) {
            char c = out.charAt(i);
            if (c == '\n') {
                seen |= SEEN_LF;
            } else if (c == '\r') {
                if (i + 1 < n && out.charAt(i + 1) == '\n') {
                    seen |= SEEN_CRLF;
                    i++;
                } else {
                    seen |= SEEN_CR;
                }
                c = '\n';
            }
            if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? out : sb.toString();
    }

    /** The codec step: whole characters of pending + input; an unfinished one waits (unless fin). */
    private String decodeBytes(byte[] b, int off, int len, boolean fin) {
        byte[] in;
        int n;
        if (pending.length == 0 && off == 0) {
            in = b;
            n = len;
        } else {
            in = Arrays.copyOf(pending, pending.length + len);
            System.arraycopy(b, off, in, pending.length, len);
            n = in.length;
        }
        if (codec == null) {
            return decodeJava(in, n, fin);
        }
        int whole = fin ? n : completeLength(in, n);
        pending = whole == n ? EMPTY : Arrays.copyOfRange(in, whole, n);
        if (whole == 0) {
            return "";
        }
        if (codec.equals("latin-1") || (codec.equals("ascii") && isAscii(in, whole))) {
            return new String(in, 0, whole, StandardCharsets.ISO_8859_1);
        }
        if (codec.equals("utf-8") && errors.equals("strict")) {
            // the JDK's decoder is fastest; it replaces bad bytes by U+FFFD, so check for one
            String r = new String(in, 0, whole, StandardCharsets.UTF_8);
            if (r.indexOf('\ufffd') < 0) {
                return r;
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(in, 0, whole)).toString();
            } catch (CharacterCodingException e) {
                // fall through: Codecs raises CPython's UnicodeDecodeError
            }
        }
        return Codecs.decode(whole == in.length ? in : Arrays.copyOf(in, whole), codec, errors);
    }

    /** Any other codec: the JDK's decoder, which keeps an unfinished character's bytes unread. */
    private String decodeJava(byte[] in, int n, boolean fin) {
        if (decoder == null) {
            CodingErrorAction action = errors.equals("ignore") ? CodingErrorAction.IGNORE
                    : errors.equals("replace") ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
            decoder = charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
        }
        ByteBuffer bb = ByteBuffer.wrap(in, 0, n);
        CharBuffer out = CharBuffer.allocate(n * 2 + 16);
        CoderResult r = decoder.decode(bb, out, fin);
        if (fin && !r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = bb.position();
            pending = EMPTY;
            throw Codecs.decodeError(encodingName.toLowerCase(), Arrays.copyOf(in, n), at, at + 1, "invalid data");
        }
        pending = bb.hasRemaining() ? Arrays.copyOfRange(in, bb.position(), n) : EMPTY;
        if (fin) {
            decoder.reset();
        }
        out.flip();
        return out.toString();
    }

    /** How many of {@code b[0, len)} form whole characters (the rest may begin one). */
    private int completeLength(byte[] b, int len) {
        if (!"utf-8".equals(codec)) {
            return len;
        }
        int i = len - 1;
        while (i >= 0 && i > len - 4 && (b[i] & 0xc0) == 0x80) {
            i--;
        }
        if (i < 0) {
            return len;
        }
        int c = b[i] & 0xff;
        int need = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 1;
        return len - i < need ? i : len;
    }

    private static boolean isAscii(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
