package org.minipy.modules.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.minipy.objects.Codecs;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyObject;

/**
 * The text layer ({@code _io.TextIOWrapper} over a {@link PyBinaryFile}): decodes the byte
 * stream in chunks of {@link #CHUNK} bytes, with universal newlines on read and newline
 * translation on write, as CPython's {@code newline=} argument says.
 *
 * <p>Reading keeps one decoded chunk: {@link #decoded} (newlines already translated), read up
 * to {@link #dpos}; it came from the bytes {@code chunkRaw[0, chunkRawLen)} that start at
 * file position {@link #chunkStart}. Bytes that do not finish a character yet, and a final
 * {@code \r} (which may begin {@code \r\n}), wait in {@link #carry} for the next chunk. So a
 * chunk always starts with the decoder in its initial state, and {@code tell()} is the
 * chunk's start plus the length of the bytes behind the characters consumed: the byte
 * position, which is what CPython's opaque cookie is for these codecs when the decoder holds
 * nothing back.
 *
 * <p>A write drops the decoded chunk and writes at the byte stream's position, which is after
 * the chunk read ahead, as CPython does.
 */
public final class TextFile extends PyTextIO {
    /** CPython's {@code TextIOWrapper._CHUNK_SIZE}. */
    static final int CHUNK = 8192;
    private static final byte[] EMPTY = new byte[0];

    private final PyBinaryFile buffer;
    /** "utf-8", "ascii", "latin-1" (decoded with CPython's messages by {@link Codecs}) or null. */
    private final String codec;
    private final Charset charset;
    private final String errors;
    /** The newline argument: null, "", "\n", "\r" or "\r\n". */
    private final String newline;
    /** What "\n" becomes on write, or null to write it unchanged. */
    private final String writeNewline;
    /** Bytes of one "\r" in this encoding. */
    private final int crLen;
    /** buffering=1: flush after each write with a line end. */
    private final boolean lineBuffering;
    private CharsetDecoder decoder;
    private CharsetEncoder encoder;

    private boolean reading;
    private String decoded = "";
    private int dpos;
    private long chunkStart;
    private byte[] chunkRaw = EMPTY;
    private int chunkRawLen;
    private byte[] carry = EMPTY;
    /** False while iterating with next(): CPython then refuses tell(). */
    private boolean telling = true;

    TextFile(PyBinaryFile buffer, String name, String mode, String encodingName, Charset charset, String errors,
             String newline, boolean lineBuffering) {
        super(name, mode, encodingName);
        this.lineBuffering = lineBuffering;
        this.buffer = buffer;
        this.charset = charset;
        this.codec = codecName(charset);
        this.errors = errors;
        this.newline = newline;
        this.writeNewline = newline == null || newline.isEmpty() || newline.equals("\n") ? null : newline;
        this.crLen = "\r\r".getBytes(charset).length - "\r".getBytes(charset).length;
    }

    private static String codecName(Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            return "utf-8";
        }
        if (cs.equals(StandardCharsets.US_ASCII)) {
            return "ascii";
        }
        return cs.equals(StandardCharsets.ISO_8859_1) ? "latin-1" : null;
    }

    PyBinaryFile buffer() {
        if (!closed) {
            flushPending();
        }
        return buffer;
    }

    @Override
    String errors() {
        return errors;
    }

    @Override
    boolean lineBuffering() {
        return lineBuffering;
    }

    @Override
    public boolean readable() {
        return buffer.readable();
    }

    @Override
    public boolean writable() {
        return buffer.writable();
    }

    @Override
    protected boolean seekable() {
        return true;
    }

    @Override
    protected void checkTruncatable() {
        checkClosed("truncate");
        flush();
        if (!writable()) {
            throw IOErrors.unsupported("truncate");
        }
    }

    // ---- decoding ----------------------------------------------------------------------------

    /** Forgets the decoded chunk; the position is then the byte stream's. */
    private void resetDecoder() {
        reading = false;
        decoded = "";
        dpos = 0;
        chunkRaw = EMPTY;
        chunkRawLen = 0;
        carry = EMPTY;
    }

    /** How many of {@code b[0, len)} form whole characters (the rest may be a partial one). */
    private int completeLength(byte[] b, int len) {
        if ("utf-8".equals(codec)) {
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
        return len;
    }

    /**
     * Decodes {@code b[0, len)}; unless {@code last}, a partial character at the end is left
     * undecoded. Sets {@link #consumed} to the bytes used.
     */
    private String decode(byte[] b, int len, boolean last) {
        if (codec != null) {
            int n = last ? len : completeLength(b, len);
            consumed = n;
            if (codec.equals("latin-1") || (codec.equals("ascii") && isAscii(b, n))) {
                return new String(b, 0, n, StandardCharsets.ISO_8859_1);
            }
            if (codec.equals("utf-8") && errors.equals("strict")) {
                // the JDK's decoder is fastest; it replaces bad bytes by U+FFFD, so check for one
                String r = new String(b, 0, n, StandardCharsets.UTF_8);
                if (r.indexOf('\ufffd') < 0) {
                    return r;
                }
                if (decoder == null) {
                    decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT);
                }
                try {
                    return decoder.reset().decode(ByteBuffer.wrap(b, 0, n)).toString();
                } catch (CharacterCodingException e) {
                    // fall through: Codecs raises CPython's UnicodeDecodeError
                }
            }
            return Codecs.decode(n == b.length ? b : Arrays.copyOf(b, n), codec, errors);
        }
        if (decoder == null) {
            CodingErrorAction action = errors.equals("ignore") ? CodingErrorAction.IGNORE
                    : errors.equals("replace") ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
            decoder = charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
        }
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(b, 0, len);
        CharBuffer out = CharBuffer.allocate(len * 2 + 16);
        CoderResult r = decoder.decode(in, out, last);
        if (last && !r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            throw org.minipy.objects.Codecs.decodeError(encoding.toLowerCase(), java.util.Arrays.copyOf(b, len), at,
                    at + 1, "invalid data");
        }
        consumed = in.position();
        out.flip();
        return out.toString();
    }

    private int consumed;

    private static boolean isAscii(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** "\r\n" and "\r" become "\n" (newline=None). */
    private String translate(String s) {
        if (newline == null && s.indexOf('\r') >= 0) {
            return s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return s;
    }

    /** Decodes the next chunk into {@link #decoded}; false at the end of the file. */
    private boolean nextChunk() {
        if (!reading) {
            flush();
            reading = true;
            chunkStart = buffer.position();
            chunkRawLen = 0;
            carry = EMPTY;
        }
        while (true) {
            chunkStart += chunkRawLen;
            byte[] more = buffer.readChunk();
            byte[] in = concat(carry, more);
            boolean last = more.length == 0;
            String s = in.length == 0 ? "" : decode(in, in.length, last);
            int used = in.length == 0 ? 0 : consumed;
            if (!last && s.endsWith("\r")) {
                s = s.substring(0, s.length() - 1);
                used -= crLen;
            }
            carry = used == in.length ? EMPTY : Arrays.copyOfRange(in, used, in.length);
            chunkRaw = in;
            chunkRawLen = used;
            decoded = translate(s);
            dpos = 0;
            if (!decoded.isEmpty()) {
                return true;
            }
            if (last) {
                return false;
            }
        }
    }

    /** Bytes of {@code chunkRaw} behind the first {@code chars} characters of {@link #decoded}. */
    private int bytesFor(int chars) {
        if (chars >= decoded.length()) {
            return chunkRawLen;
        }
        byte[] b = chunkRaw;
        if (codec != null && errors.equals("strict")) {
            boolean utf8 = codec.equals("utf-8");
            int i = 0;
            int n = 0;
            while (n < chars) {
                int c = b[i] & 0xff;
                if (c == '\r' && newline == null && i + 1 < chunkRawLen && b[i + 1] == '\n') {
                    i += 2;
                    n++;
                } else if (!utf8 || c < 0x80) {
                    i++;
                    n++;
                } else {
                    int k = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
                    i += k;
                    n += k == 4 ? 2 : 1;
                }
            }
            return i;
        }
        // any other codec: the shortest prefix that decodes to that many characters
        for (int k = 1; k < chunkRawLen; k++) {
            String s = translate(decode(chunkRaw, k, false));
            if (s.length() >= chars && consumed == k) {
                return k;
            }
        }
        return chunkRawLen;
    }

    /** Index in {@code s} after {@code n} code points from {@code from} (or its end); sets taken. */
    private int advance(String s, int from, int n) {
        int end = (int) Math.min(s.length(), (long) from + n);
        int count = end - from;
        for (int i = from; i < end; i++) {
            if (Character.isHighSurrogate(s.charAt(i))) {
                // a pair is one character: walk by code points
                int p = from;
                count = 0;
                while (p < s.length() && count < n) {
                    p += Character.charCount(s.codePointAt(p));
                    count++;
                }
                taken = count;
                return p;
            }
        }
        taken = count;
        return end;
    }

    private int taken;

    @Override
    protected String readText(int n) {
        if (n < 0) {
            String head = reading ? decoded.substring(dpos) : "";
            if (!reading) {
                flush();
            }
            byte[] in = concat(reading ? carry : EMPTY, buffer.readBytes(-1));
            resetDecoder();
            String rest = in.length == 0 ? "" : translate(decode(in, in.length, true));
            return head.isEmpty() ? rest : head.concat(rest);
        }
        StringBuilder acc = null;
        int need = n;
        while (need > 0) {
            if ((!reading || dpos >= decoded.length()) && !nextChunk()) {
                break;
            }
            int end = advance(decoded, dpos, need);
            need -= taken;
            if (acc == null && need == 0) {
                String r = decoded.substring(dpos, end);
                dpos = end;
                return r;
            }
            if (acc == null) {
                acc = new StringBuilder();
            }
            acc.append(decoded, dpos, end);
            dpos = end;
        }
        return acc == null ? "" : acc.toString();
    }

    /** The index just after the first line end in {@code s} at or after {@code from}, or -1. */
    private int lineEnd(String s, int from) {
        if (newline == null || newline.equals("\n")) {
            int i = s.indexOf('\n', from);
            return i < 0 ? -1 : i + 1;
        }
        if (newline.equals("\r")) {
            int i = s.indexOf('\r', from);
            return i < 0 ? -1 : i + 1;
        }
        if (newline.equals("\r\n")) {
            int i = s.indexOf("\r\n", from);
            return i < 0 ? -1 : i + 2;
        }
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }

    @Override
    protected String readLineText(int limit) {
        if (limit == 0) {
            return "";
        }
        StringBuilder acc = null;
        int room = limit;
        while (true) {
            if ((!reading || dpos >= decoded.length()) && !nextChunk()) {
                break;
            }
            int end = lineEnd(decoded, dpos);
            boolean done = end >= 0;
            int stop = done ? end : decoded.length();
            if (limit >= 0) {
                int e = advance(decoded, dpos, room);
                if (e < stop) {
                    stop = e;
                    done = true;
                }
                room -= taken;
                if (room <= 0) {
                    done = true;
                }
            }
            if (acc == null && done) {
                String r = decoded.substring(dpos, stop);
                dpos = stop;
                return r;
            }
            if (acc == null) {
                acc = new StringBuilder();
            }
            acc.append(decoded, dpos, stop);
            dpos = stop;
            if (done) {
                break;
            }
        }
        return acc == null ? "" : acc.toString();
    }

    @Override
    public PyObject next() {
        checkReadable("readline");
        telling = false;
        String line = readLineText(-1);
        if (line.isEmpty()) {
            telling = true;
            return null;
        }
        return org.minipy.objects.PyStr.of(line);
    }

    // ---- writing -----------------------------------------------------------------------------

    private byte[] encode(String s) {
        if (codec != null) {
            return Codecs.encode(s, codec, errors);
        }
        if (encoder == null) {
            CodingErrorAction action = errors.equals("ignore") ? CodingErrorAction.IGNORE
                    : errors.equals("replace") ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
            encoder = charset.newEncoder().onMalformedInput(action).onUnmappableCharacter(action);
        }
        try {
            ByteBuffer bb = encoder.reset().encode(CharBuffer.wrap(s));
            byte[] r = new byte[bb.remaining()];
            bb.get(r);
            return r;
        } catch (CharacterCodingException e) {
            throw org.minipy.objects.Codecs.encodeError(encoding.toLowerCase(), s, 0, s.codePointCount(0, s.length()),
                    String.valueOf(e.getMessage()));
        }
    }

    /** Whether {@code s} encodes without error in the strict utf-8, ascii or latin-1 codec. */
    private boolean plain(String s) {
        if (codec == null || !errors.equals("strict")) {
            return false;
        }
        char limit = codec.equals("ascii") ? 0x80 : codec.equals("latin-1") ? 0x100 : Character.MIN_SURROGATE;
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= limit && (limit != Character.MIN_SURROGATE || Character.isSurrogate(s.charAt(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Text written but not encoded yet: writes of plain text (see {@link #plain}) are collected
     * and encoded together, as CPython's pending bytes; every other operation first calls
     * {@link #flushPending}.
     */
    private final StringBuilder pending = new StringBuilder();

    private void flushPending() {
        if (pending.length() > 0) {
            byte[] b = pending.toString().getBytes(charset);
            pending.setLength(0);
            buffer.writeBytes(b, 0, b.length);
        }
    }

    @Override
    protected void writeText(String s) {
        if (writeNewline != null && s.indexOf('\n') >= 0) {
            s = s.replace("\n", writeNewline);
        }
        if (reading) {
            resetDecoder();
        }
        if (plain(s)) {
            pending.append(s);
            if (pending.length() >= CHUNK) {
                flushPending();
            }
        } else {
            byte[] b = encode(s);
            flushPending();
            buffer.writeBytes(b, 0, b.length);
        }
        if (lineBuffering && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)) {
            flush();
        }
    }

    // ---- positions ---------------------------------------------------------------------------

    @Override
    protected long tell() {
        if (!telling) {
            throw PyErr.osError("telling position disabled by next() call");
        }
        flush();
        if (!reading) {
            return buffer.position();
        }
        return chunkStart + bytesFor(dpos);
    }

    @Override
    protected long seek(long cookie, int whence) {
        if (whence == 1) {
            if (cookie != 0) {
                throw IOErrors.unsupported("can't do nonzero cur-relative seeks");
            }
            cookie = tell();
        } else if (whence == 2) {
            if (cookie != 0) {
                throw IOErrors.unsupported("can't do nonzero end-relative seeks");
            }
            flush();
            resetDecoder();
            telling = true;
            return buffer.seekTo(0, 2);
        }
        if (cookie < 0) {
            throw PyErr.valueError("negative seek position %d", cookie);
        }
        flush();
        resetDecoder();
        telling = true;
        buffer.seekTo(cookie, 0);
        return cookie;
    }

    @Override
    protected long truncate(Long size) {
        // as CPython's: no size means the byte stream's position (after any read-ahead)
        return buffer.truncateTo(size);
    }

    @Override
    public void flush() {
        flushPending();
        buffer.flush();
    }

    @Override
    protected void release() {
        buffer.close();
    }
}
