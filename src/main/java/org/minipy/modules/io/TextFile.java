package org.minipy.modules.io;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import org.minipy.objects.Abstract;
import org.minipy.objects.Codecs;
import org.minipy.objects.CompareOp;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;

/**
 * The text layer ({@code _io.TextIOWrapper} over a {@link PyBinaryFile}), read as CPython's C
 * implementation reads, so that {@code tell()} gives the same cookies: chunks come from the
 * buffer's {@code read1(max(_CHUNK_SIZE, hint))}, go through a {@link TextDecoder}, and before
 * each chunk a snapshot (decoder flags, the bytes the chunk's characters come from) is kept.
 *
 * <p>{@code tell()} rebuilds the position from the snapshot: the chunk's start, moved on to
 * the last point before the characters consumed where the decoder holds no bytes, plus the
 * decoder flags there (1: a {@code '\r'} is pending), the bytes to feed and the characters to
 * skip from it. The cookie packs these as CPython's does: start position (64 bits), flags,
 * bytes to feed, characters to skip (32 bits each) and a need-EOF byte. For plain text it is
 * just the byte position.
 *
 * <p>A write drops the decoded chunk and resets the decoder, and writes at the byte stream's
 * position, which is after the chunk read ahead, as CPython does.
 */
public final class TextFile extends PyTextIO {
    /** CPython's {@code TextIOWrapper._CHUNK_SIZE}. */
    static final int CHUNK = 8192;
    private static final byte[] EMPTY = new byte[0];

    private PyBinaryFile buffer;
    /** "utf-8", "ascii", "latin-1" (encoded with CPython's messages by {@link Codecs}) or null. */
    private String codec;
    private Charset charset;
    private String errors;
    /** The newline argument: null, "", "\n", "\r" or "\r\n". */
    private String newline;
    /** What "\n" becomes on write, or null to write it unchanged. */
    private String writeNewline;
    /** buffering=1: flush after each write with a line end. */
    private boolean lineBuffering;
    private boolean writeThrough;
    private CharsetEncoder encoder;

    /** Null when the file is not readable. */
    private TextDecoder decoder;
    /** The decoded chunk (null: none) and how much of it was returned (chars). */
    private String decodedChars;
    private int decodedUsed;
    /** Decoder flags and input at the start of the decoded chunk; null: none (tell = the buffer's). */
    private Snapshot snapshot;
    /** Bytes per character of the last chunk (CPython's b2cratio, a double as there). */
    private double b2cratio;
    /** False while iterating with next(): CPython then refuses tell(). */
    private boolean telling = true;
    private int chunkSize = CHUNK;

    private record Snapshot(int flags, byte[] input) {
    }

    TextFile(PyBinaryFile buffer, String name, String mode, String encodingName, Charset charset, String errors,
             String newline, boolean lineBuffering) {
        super(name, mode, encodingName);
        this.buffer = buffer;
        this.lineBuffering = lineBuffering;
        configure(encodingName, charset, errors, newline);
    }

    private void configure(String encodingName, Charset charset, String errors, String newline) {
        this.encoding = encodingName;
        this.charset = charset;
        this.codec = TextDecoder.codecName(charset);
        this.errors = errors;
        this.newline = newline;
        this.writeNewline = newline == null || newline.isEmpty() || newline.equals("\n") ? null : newline;
        this.encoder = null;
        this.decoder = buffer.readable() ? new TextDecoder(charset, encodingName, errors, newline) : null;
    }

    PyBinaryFile buffer() {
        if (!closed && buffer != null) {
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

    boolean writeThrough() {
        return writeThrough;
    }

    int chunkSize() {
        checkAttached();
        return chunkSize;
    }

    void setChunkSize(int n) {
        checkAttached();
        if (n <= 0) {
            throw PyErr.valueError("a strictly positive integer is required");
        }
        chunkSize = n;
    }

    /** The {@code newlines} attribute: None, a str, or a tuple of the line ends seen. */
    PyObject newlines() {
        checkAttached();
        int seen = decoder == null ? 0 : decoder.seen();
        switch (seen) {
            case TextDecoder.SEEN_LF: return PyStr.of("\n");
            case TextDecoder.SEEN_CR: return PyStr.of("\r");
            case TextDecoder.SEEN_CRLF: return PyStr.of("\r\n");
            case 0: return org.minipy.objects.PyNone.None;
            default:
                java.util.List<PyObject> kinds = new java.util.ArrayList<>();
                if ((seen & TextDecoder.SEEN_CR) != 0) {
                    kinds.add(PyStr.of("\r"));
                }
                if ((seen & TextDecoder.SEEN_LF) != 0) {
                    kinds.add(PyStr.of("\n"));
                }
                if ((seen & TextDecoder.SEEN_CRLF) != 0) {
                    kinds.add(PyStr.of("\r\n"));
                }
                return new org.minipy.objects.PyTuple(kinds.toArray(new PyObject[0]));
        }
    }

    // ---- detach and reconfigure ----------------------------------------------------------------

    @Override
    protected org.minipy.objects.PyException detachedError() {
        return PyErr.valueError("underlying buffer has been detached");
    }

    @Override
    protected boolean isDetached() {
        return buffer == null;
    }

    /** {@code detach()}: flushes, then gives up the buffer, which stays open. */
    PyBinaryFile detach() {
        checkAttached();
        flush();
        PyBinaryFile b = buffer;
        buffer = null;
        return b;
    }

    /**
     * {@code reconfigure()}: line_buffering and write_through any time; encoding, errors and
     * newline only before the first read, as CPython.
     */
    void reconfigure(String enc, String errs, boolean newlineGiven, String nl, Boolean lineBuf, Boolean wThrough) {
        checkAttached();
        if ((enc != null || errs != null || newlineGiven) && decodedChars != null) {
            throw IOErrors.unsupported(
                    "It is not possible to set the encoding or newline of stream after the first read");
        }
        if (newlineGiven && nl != null && !java.util.List.of("", "\n", "\r", "\r\n").contains(nl)) {
            throw PyErr.valueError("illegal newline value: %s", nl);
        }
        flush();
        String newEnc = enc != null ? enc : encoding;
        Charset cs = enc != null ? FileOpener.charset(enc) : charset;
        String newErrors = errs != null ? errs : enc != null ? "strict" : errors;
        configure(newEnc, cs, newErrors, newlineGiven ? nl : newline);
        if (lineBuf != null) {
            lineBuffering = lineBuf;
        }
        if (wThrough != null) {
            writeThrough = wThrough;
        }
    }

    @Override
    public boolean readable() {
        checkAttached();
        return buffer.readable();
    }

    @Override
    public boolean writable() {
        checkAttached();
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

    // ---- reading, as CPython's textio.c ----------------------------------------------------------

    private void setDecoded(String s) {
        decodedChars = s;
        decodedUsed = 0;
    }

    /** Up to {@code n} code points ({@code n < 0}: all) of the decoded chunk; sets {@link #taken}. */
    private String takeDecoded(int n) {
        if (decodedChars == null) {
            taken = 0;
            return "";
        }
        int end;
        if (n < 0) {
            end = decodedChars.length();
            taken = decodedChars.codePointCount(decodedUsed, end);
        } else {
            end = advance(decodedChars, decodedUsed, n);
        }
        String r = decodedChars.substring(decodedUsed, end);
        decodedUsed = end;
        return r;
    }

    /**
     * Reads and decodes the next chunk (at least {@code sizeHint} characters' worth), keeping
     * a snapshot first; false at the end of the file.
     */
    private boolean readChunk(int sizeHint) {
        int flags = 0;
        byte[] pendingBytes = EMPTY;
        if (telling) {
            pendingBytes = decoder.buffer();
            flags = decoder.flags();
        }
        if (sizeHint > 0) {
            sizeHint = (int) Math.min(Integer.MAX_VALUE, (long) (Math.max(b2cratio, 1.0) * sizeHint));
        }
        byte[] input = buffer.read1(Math.max(chunkSize, sizeHint));
        boolean eof = input.length == 0;
        String chars = decoder.decode(input, 0, input.length, eof);
        setDecoded(chars);
        int nchars = chars.codePointCount(0, chars.length());
        b2cratio = nchars > 0 ? (double) input.length / nchars : 0.0;
        if (nchars > 0) {
            eof = false;
        }
        if (telling) {
            snapshot = new Snapshot(flags, concat(pendingBytes, input));
        }
        return !eof;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
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
        flushPending();
        if (n < 0) {
            byte[] rest = buffer.readBytes(-1);
            String decoded = decoder.decode(rest, 0, rest.length, true);
            String head = takeDecoded(-1);
            setDecoded(null);
            snapshot = null;
            return head.isEmpty() ? decoded : head.concat(decoded);
        }
        String result = takeDecoded(n);
        int remaining = n - taken;
        StringBuilder acc = null;
        while (remaining > 0) {
            if (!readChunk(remaining)) {
                break;
            }
            if (acc == null) {
                acc = new StringBuilder(result);
            }
            acc.append(takeDecoded(remaining));
            remaining -= taken;
        }
        return acc == null ? result : acc.toString();
    }

    /** Set by {@link #findLineEnding} when it finds none: where the text can be put aside up to. */
    private int consumedTo;

    /**
     * The index after the first line end in {@code s[start, end)}, or -1 (CPython's
     * {@code _PyIO_find_line_ending}, on an already translated string when translating).
     */
    private int findLineEnding(String s, int start) {
        int end = s.length();
        if (newline == null || newline.equals("\n") || newline.equals("\r")) {
            int i = s.indexOf(newline == null ? '\n' : newline.charAt(0), start);
            consumedTo = end;
            return i < 0 ? -1 : i + 1;
        }
        if (newline.isEmpty()) {
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    return i + 1 < end && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                }
            }
            consumedTo = end;
            return -1;
        }
        // "\r\n": a '\r' at the very end may begin one, so it is kept for the next chunk
        int i = s.indexOf("\r\n", start);
        if (i >= 0) {
            return i + 2;
        }
        consumedTo = end > start && s.charAt(end - 1) == '\r' ? end - 1 : end;
        return -1;
    }

    @Override
    protected String readLineText(int limit) {
        flushPending();
        StringBuilder chunks = null;
        int chunked = 0;
        String remaining = null;
        String line = null;
        int start = 0;
        int endpos = 0;
        int offsetToBuffer = 0;
        while (true) {
            boolean res = true;
            while (decodedChars == null || decodedChars.isEmpty()) {
                res = readChunk(0);
                if (!res) {
                    break;
                }
            }
            if (!res) {
                setDecoded(null);
                snapshot = null;
                line = null;
                break;
            }
            if (remaining == null) {
                line = decodedChars;
                start = decodedUsed;
                offsetToBuffer = 0;
            } else {
                line = remaining.concat(decodedChars);
                start = 0;
                offsetToBuffer = remaining.length();
                remaining = null;
            }
            endpos = findLineEnding(line, start);
            if (endpos >= 0) {
                if (limit >= 0 && line.codePointCount(start, endpos) + chunked >= limit) {
                    endpos = line.offsetByCodePoints(start, limit - chunked);
                }
                break;
            }
            endpos = consumedTo;
            if (limit >= 0 && line.codePointCount(start, endpos) + chunked >= limit) {
                endpos = line.offsetByCodePoints(start, limit - chunked);
                break;
            }
            if (endpos > start) {
                if (chunks == null) {
                    chunks = new StringBuilder();
                }
                chunks.append(line, start, endpos);
                chunked += line.codePointCount(start, endpos);
            }
            if (endpos < line.length()) {
                remaining = line.substring(endpos);
            }
            line = null;
            setDecoded(null);
        }
        if (line != null) {
            decodedUsed = Math.max(0, endpos - offsetToBuffer);
            if (start > 0 || endpos < line.length()) {
                line = line.substring(start, endpos);
            }
        }
        if (remaining != null) {
            if (chunks == null) {
                chunks = new StringBuilder();
            }
            chunks.append(remaining);
        }
        if (chunks != null) {
            if (line != null) {
                chunks.append(line);
            }
            return chunks.toString();
        }
        return line == null ? "" : line;
    }

    @Override
    public PyObject next() {
        checkReadable("readline");
        telling = false;
        String line = readLineText(-1);
        if (line.isEmpty()) {
            snapshot = null;
            telling = true;
            return null;
        }
        return PyStr.of(line);
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
        // as CPython's: a write forgets what was read ahead and resets the decoder
        if (decoder != null) {
            setDecoded(null);
            snapshot = null;
            decoder.reset();
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
        if (writeThrough) {
            flushPending();
        }
        if (lineBuffering && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)) {
            flush();
        }
    }

    // ---- positions ---------------------------------------------------------------------------

    /** CPython's cookie: start position, decoder flags, bytes to feed, chars to skip, need EOF. */
    private static PyObject cookie(long startPos, int flags, int bytesToFeed, int charsToSkip, boolean needEof) {
        if (flags == 0 && bytesToFeed == 0 && charsToSkip == 0 && !needEof && startPos >= 0) {
            return PyInt.of(startPos);
        }
        BigInteger c = BigInteger.valueOf(startPos & Long.MAX_VALUE);
        if (startPos < 0) {
            c = c.setBit(63);
        }
        c = c.or(BigInteger.valueOf(flags & 0xffffffffL).shiftLeft(64))
                .or(BigInteger.valueOf(bytesToFeed & 0xffffffffL).shiftLeft(96))
                .or(BigInteger.valueOf(charsToSkip & 0xffffffffL).shiftLeft(128))
                .or(BigInteger.valueOf(needEof ? 1 : 0).shiftLeft(160));
        return PyInt.of(c);
    }

    /** CPython's {@code _textiowrapper_decoder_setstate}: reset at the very start, else the flags. */
    private void decoderSetState(long startPos, int flags) {
        if (startPos == 0 && flags == 0) {
            decoder.reset();
        } else {
            decoder.setState(EMPTY, flags);
        }
    }

    @Override
    protected PyObject tellObject() {
        checkAttached();
        if (!telling) {
            throw PyErr.osError("telling position disabled by next() call");
        }
        flush();
        long pos = buffer.position();
        if (decoder == null || snapshot == null) {
            return PyInt.of(pos);
        }
        byte[] next = snapshot.input();
        long startPos = pos - next.length;
        int flags = snapshot.flags();
        if (decodedUsed == 0) {
            return cookie(startPos, flags, 0, 0, false);
        }
        int charsToSkip = decodedChars.codePointCount(0, decodedUsed);
        byte[] savedBuffer = decoder.buffer();
        int savedFlags = decoder.flags();
        int bytesToFeed = 0;
        boolean needEof = false;
        try {
            // a first guess from the bytes per character, moved back until the decoder holds nothing
            int skipBytes = (int) (b2cratio * charsToSkip);
            int skipBack = 1;
            while (skipBytes > 0) {
                decoderSetState(startPos, flags);
                int n = countChars(decoder.decode(next, 0, Math.min(skipBytes, next.length), false));
                if (n <= charsToSkip) {
                    int held = decoder.buffer().length;
                    if (held == 0) {
                        flags = decoder.flags();
                        charsToSkip -= n;
                        break;
                    }
                    skipBytes -= held;
                    skipBack = 1;
                } else {
                    skipBytes -= skipBack;
                    skipBack *= 2;
                }
            }
            if (skipBytes <= 0) {
                skipBytes = 0;
                decoderSetState(startPos, flags);
            }
            startPos += skipBytes;
            if (charsToSkip == 0) {
                return cookie(startPos, flags, 0, 0, false);
            }
            // then one byte at a time, noting the last point where the decoder holds nothing
            int charsDecoded = 0;
            int i = skipBytes;
            for (; i < next.length; i++) {
                charsDecoded += countChars(decoder.decode(next, i, 1, false));
                bytesToFeed++;
                if (decoder.buffer().length == 0 && charsDecoded <= charsToSkip) {
                    startPos += bytesToFeed;
                    charsToSkip -= charsDecoded;
                    flags = decoder.flags();
                    bytesToFeed = 0;
                    charsDecoded = 0;
                }
                if (charsDecoded >= charsToSkip) {
                    break;
                }
            }
            if (i == next.length) {
                charsDecoded += countChars(decoder.decode(EMPTY, 0, 0, true));
                needEof = true;
                if (charsDecoded < charsToSkip) {
                    throw PyErr.osError("can't reconstruct logical file position");
                }
            }
            return cookie(startPos, flags, bytesToFeed, charsToSkip, needEof);
        } finally {
            decoder.setState(savedBuffer, savedFlags);
        }
    }

    private static int countChars(String s) {
        return s.codePointCount(0, s.length());
    }

    @Override
    protected long tell() {
        return ((PyInt) tellObject()).longValue();
    }

    @Override
    protected long seek(long cookie, int whence) {
        return ((PyInt) seekObject(PyInt.of(cookie), whence)).longValue();
    }

    @Override
    protected PyObject seekObject(PyObject cookieObj, int whence) {
        checkAttached();
        if (whence == 1) {
            if (!Abstract.richCompareBool(cookieObj, PyInt.of(0), CompareOp.EQ)) {
                throw IOErrors.unsupported("can't do nonzero cur-relative seeks");
            }
            cookieObj = tellObject();
        } else if (whence == 2) {
            if (!Abstract.richCompareBool(cookieObj, PyInt.of(0), CompareOp.EQ)) {
                throw IOErrors.unsupported("can't do nonzero end-relative seeks");
            }
            flush();
            setDecoded(null);
            snapshot = null;
            if (decoder != null) {
                decoder.reset();
            }
            telling = true;
            return PyInt.of(buffer.seekTo(0, 2));
        } else if (whence != 0) {
            throw PyErr.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (Abstract.richCompareBool(cookieObj, PyInt.of(0), CompareOp.LT)) {
            throw PyErr.valueError("negative seek position %s", Abstract.repr(cookieObj).value());
        }
        flush();
        PyObject asInt = cookieObj instanceof PyInt ? cookieObj : Abstract.call(PyInt.TYPE, cookieObj);
        BigInteger c = ((PyInt) asInt).bigValue();
        if (c.bitLength() > 21 * 8) {
            throw PyErr.overflowError("int too big to convert");
        }
        long startPos = c.longValue();
        int flags = c.shiftRight(64).intValue();
        int bytesToFeed = c.shiftRight(96).intValue();
        int charsToSkip = c.shiftRight(128).intValue();
        boolean needEof = c.shiftRight(160).intValue() != 0;
        buffer.seekTo(startPos, 0);
        setDecoded(null);
        snapshot = null;
        telling = true;
        if (decoder != null) {
            decoderSetState(startPos, flags);
        }
        if (charsToSkip != 0) {
            byte[] input = buffer.readBytes(bytesToFeed);
            snapshot = new Snapshot(flags, input);
            setDecoded(decoder.decode(input, 0, input.length, needEof));
            if (decodedChars.codePointCount(0, decodedChars.length()) < charsToSkip) {
                throw PyErr.osError("can't restore logical file position");
            }
            decodedUsed = decodedChars.offsetByCodePoints(0, charsToSkip);
        } else {
            snapshot = new Snapshot(flags, EMPTY);
        }
        return cookieObj;
    }

    @Override
    protected long truncate(Long size) {
        // as CPython's: no size means the byte stream's position (after any read-ahead)
        return buffer.truncateTo(size);
    }

    @Override
    public void flush() {
        checkAttached();
        flushPending();
        buffer.flush();
    }

    @Override
    protected void release() {
        buffer.close();
    }
}
