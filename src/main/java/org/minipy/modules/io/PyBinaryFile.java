package org.minipy.modules.io;

import java.util.Arrays;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyException;
import org.minipy.objects.PyGetSetDescr;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/**
 * The buffered layer: a binary file ({@code _io.BufferedReader}, {@code BufferedWriter} or
 * {@code BufferedRandom}) over a {@link RawFile}, and the byte stream under a {@link TextFile}.
 *
 * <p>One buffer serves reading and writing, in one state at a time: while reading it holds
 * file bytes {@code [bufPos, bufPos + rlen)} with the stream at {@code bufPos + rpos}; while
 * writing it holds {@code wlen} pending bytes that belong at {@code bufPos}. The stream
 * position is always {@code bufPos + rpos + wlen}. A write drops the read-ahead (so it lands
 * at the stream position), a read first writes out pending bytes. In append mode pending bytes
 * go to the end of the file when written out, and the position follows them there (as
 * CPython's, {@code tell()} shows the position asked for until the flush).
 */
public final class PyBinaryFile extends PyFileObject {
    public static final PyType READER = PyType.builtinInModule("BufferedReader", "_io", PyType.OBJECT, null);
    public static final PyType WRITER = PyType.builtinInModule("BufferedWriter", "_io", PyType.OBJECT, null);
    public static final PyType RANDOM = PyType.builtinInModule("BufferedRandom", "_io", PyType.OBJECT, null);

    /** CPython's {@code io.DEFAULT_BUFFER_SIZE} (open() uses the file's block size, {@link PyRawFile#BLKSIZE}). */
    static final int BUFFER_SIZE = 8192;
    private static final byte[] EMPTY = new byte[0];

    static {
        for (PyType t : new PyType[] {READER, WRITER, RANDOM}) {
            install(t);
            t.def("read1", (a, kw) -> {
                PyBinaryFile f = (PyBinaryFile) a[0];
                int n = sizeArg("read1", a, kw);
                if (!f.readable) {
                    throw IOErrors.unsupported("read1");
                }
                f.checkClosed("read");
                return PyBytes.of(f.read1(n));
            });
        }
        for (PyType t : new PyType[] {READER, RANDOM}) {
            t.def("peek", (a, kw) -> {
                PyBinaryFile f = (PyBinaryFile) a[0];
                sizeArg("peek", a, kw);
                f.checkClosed("peek");
                return PyBytes.of(f.peek());
            });
        }
        for (PyType t : new PyType[] {READER, WRITER, RANDOM}) {
            for (String fname : new String[] {"readinto", "readinto1"}) {
                t.def(fname, (a, kw) -> {
                    ArgParser.checkCount(fname, TypeCallTail.tail(a), kw, 1, 1);
                    throw PyRawFile.readintoError(fname, a[1]);
                });
            }
            t.def("detach", (a, kw) -> {
                ArgParser.checkCount("detach", TypeCallTail.tail(a), kw, 0, 0);
                PyBinaryFile f = (PyBinaryFile) a[0];
                f.checkClosed();
                f.flush();
                PyRawFile r = f.raw;
                f.raw = null;
                return r;
            });
            t.def("_dealloc_warn", (a, kw) -> PyNone.None);
            t.put("raw", new PyGetSetDescr(t, "raw", o -> {
                PyBinaryFile f = (PyBinaryFile) o;
                return f.raw == null ? PyNone.None : f.raw;
            }, null));
        }
    }

    /** The FileIO below; null once detached. */
    private PyRawFile raw;
    private final boolean readable;
    private final boolean writable;
    private final int bufSize;
    private final byte[] buf;
    private long bufPos;
    private int rpos;
    private int rlen;
    private int wlen;

    /** A buffered file of {@code bufSize} bytes over {@code raw}, with its readability. */
    PyBinaryFile(PyRawFile raw, int bufSize) {
        super(raw.name, raw.mode);
        this.nameObj = raw.nameObj;
        this.raw = raw;
        this.readable = raw.readable();
        this.writable = raw.writable();
        this.bufSize = bufSize;
        this.buf = new byte[bufSize];
        bufPos = raw.pos;
    }

    @Override
    protected boolean isDetached() {
        return raw == null;
    }

    // ---- the raw file: positional reads and writes that move the FileIO's position ----------

    private int rawRead(long pos, byte[] b, int off, int len) {
        int got = raw.file.read(pos, b, off, len);
        raw.pos = pos + got;
        return got;
    }

    private long rawWrite(long pos, byte[] b, int off, int len) {
        long at = raw.file.write(pos, b, off, len);
        raw.pos = at;
        return at;
    }

    private long rawSize() {
        return raw.file.size();
    }

    @Override
    public PyType getType() {
        return readable && writable ? RANDOM : readable ? READER : WRITER;
    }

    @Override
    public boolean readable() {
        checkAttached();
        return readable;
    }

    @Override
    public boolean writable() {
        checkAttached();
        return writable;
    }

    @Override
    protected boolean seekable() {
        return true;
    }

    // ---- errors as CPython's buffered classes give them ---------------------------------------

    @Override
    protected PyException closedError(String op) {
        switch (op) {
            case "write":
                return PyErr.valueError("write to closed file");
            case "read": case "readline": case "seek": case "truncate": case "peek":
                return PyErr.valueError("%s of closed file", op);
            case "flush":
                return writable ? PyErr.valueError("flush of closed file") : IOErrors.closed();
            default:
                return op.endsWith("*") ? IOErrors.closed() : IOErrors.closedNoDot();
        }
    }

    /** A write-only file says "read" before looking at closed (the method is not its own). */
    @Override
    protected void checkReadable(String op) {
        checkAttached();
        if (!readable) {
            throw IOErrors.unsupported("read");
        }
        checkClosed(op);
    }

    @Override
    protected void checkWritable(String op) {
        if (!writable) {
            throw IOErrors.unsupported(op.equals("truncate") ? "truncate" : "write");
        }
        checkClosed(op);
    }

    @Override
    protected void checkTruncatable() {
        checkClosed("truncate");
        if (!writable) {
            throw IOErrors.unsupported("truncate");
        }
    }

    @Override
    protected boolean readSizeChecked() {
        return true;
    }

    @Override
    protected void checkWhence(int whence) {
        if (whence == 3 || whence == 4) {
            throw PyErr.notImplementedError("seek(): SEEK_DATA and SEEK_HOLE are not supported by minipy");
        }
        if (whence < 0 || whence > 2) {
            throw PyErr.valueError("whence value %d unsupported", whence);
        }
    }

    // ---- the buffer -------------------------------------------------------------------------

    /** Writes pending bytes out. */
    private void flushWrites() {
        if (wlen > 0) {
            int n = wlen;
            wlen = 0;
            bufPos = rawWrite(bufPos, buf, 0, n);
        }
    }

    /** Forgets the read-ahead, keeping the position. */
    private void dropRead() {
        if (rlen > 0 || rpos > 0) {
            bufPos += rpos;
            rpos = 0;
            rlen = 0;
        }
    }

    /** Empties the buffer at the end of what it holds (the raw position). */
    private void resetBuf() {
        bufPos += rlen;
        rpos = 0;
        rlen = 0;
    }

    /** Refills an empty read buffer from the raw position; false at end of file. */
    private boolean fill() {
        resetBuf();
        rlen = rawRead(bufPos, buf, 0, bufSize);
        return rlen > 0;
    }

    /** The stream position. */
    long position() {
        return bufPos + rpos + wlen;
    }

    /** {@code size} rounded down to whole buffers (CPython's MINUS_LAST_BLOCK). */
    private int wholeBlocks(int size) {
        return bufSize * (size / bufSize);
    }

    /** An array for up to {@code n} bytes from {@code from}: no larger than what the file holds. */
    private byte[] allocate(long n, long from) {
        long want = Math.min(n, Math.max(0, rawSize() - from));
        if (want > Integer.MAX_VALUE - 16) {
            throw PyErr.overflowError("file too large to read into one bytes object");
        }
        return new byte[(int) want];
    }

    /**
     * Up to {@code n} bytes ({@code n < 0}: to the end of the file); fewer only at the end. As
     * CPython's: what is buffered, then whole buffers straight from the file, then the rest
     * through a refilled buffer.
     */
    byte[] readBytes(int n) {
        flushWrites();
        int avail = rlen - rpos;
        if (n >= 0 && n <= avail) {
            byte[] r = Arrays.copyOfRange(buf, rpos, rpos + n);
            rpos += n;
            return r;
        }
        if (n < 0) {
            byte[] out = allocate(Long.MAX_VALUE, bufPos + rlen);
            byte[] all = new byte[avail + out.length];
            System.arraycopy(buf, rpos, all, 0, avail);
            resetBuf();
            int got = rawRead(bufPos, all, avail, out.length);
            bufPos += got;
            int filled = avail + got;
            // the file may have grown since its size was taken
            while (fill()) {
                all = Arrays.copyOf(all, filled + rlen);
                System.arraycopy(buf, 0, all, filled, rlen);
                filled += rlen;
                bufPos += rlen;
                rlen = 0;
            }
            return filled == all.length ? all : Arrays.copyOf(all, filled);
        }
        long rest = Math.max(0, rawSize() - (bufPos + rlen));
        byte[] out = new byte[(int) Math.min(n, avail + rest)];
        System.arraycopy(buf, rpos, out, 0, avail);
        int written = avail;
        int remaining = out.length - avail;
        resetBuf();
        while (remaining > 0) {
            int r = wholeBlocks(remaining);
            if (r == 0) {
                break;
            }
            int got = rawRead(bufPos, out, written, r);
            bufPos += got;
            if (got == 0) {
                return Arrays.copyOf(out, written);
            }
            remaining -= got;
            written += got;
        }
        while (remaining > 0 && rlen < bufSize) {
            int got = rawRead(bufPos + rlen, buf, rlen, bufSize - rlen);
            if (got == 0) {
                return Arrays.copyOf(out, written);
            }
            rlen += got;
            int k = Math.min(remaining, rlen - rpos);
            System.arraycopy(buf, rpos, out, written, k);
            rpos += k;
            written += k;
            remaining -= k;
        }
        return written == out.length ? out : Arrays.copyOf(out, written);
    }

    /**
     * Up to {@code n} bytes ({@code n < 0}: a buffer's worth) with at most one raw read: what
     * is buffered if anything is, else one read of {@code n} bytes straight from the file.
     */
    byte[] read1(int n) {
        if (n < 0) {
            n = bufSize;
        }
        if (n == 0) {
            return EMPTY;
        }
        flushWrites();
        int have = rlen - rpos;
        if (have > 0) {
            int k = Math.min(have, n);
            byte[] r = Arrays.copyOfRange(buf, rpos, rpos + k);
            rpos += k;
            return r;
        }
        resetBuf();
        byte[] out = allocate(n, bufPos);
        int got = rawRead(bufPos, out, 0, out.length);
        bufPos += got;
        return got == out.length ? out : Arrays.copyOf(out, got);
    }

    /** The bytes buffered ahead (one raw read if none), without moving. */
    byte[] peek() {
        flushWrites();
        if (rpos >= rlen) {
            fill();
        }
        return Arrays.copyOfRange(buf, rpos, rlen);
    }

    /** The next line with its {@code \n}, at most {@code limit} bytes if limit >= 0. */
    byte[] readLineBytes(int limit) {
        flushWrites();
        byte[] acc = null;
        int accLen = 0;
        while (limit < 0 || accLen < limit) {
            if (rpos >= rlen && !fill()) {
                break;
            }
            int stop = limit < 0 ? rlen : (int) Math.min(rlen, (long) rpos + (limit - accLen));
            int end = stop;
            boolean found = false;
            for (int i = rpos; i < stop; i++) {
                if (buf[i] == '\n') {
                    end = i + 1;
                    found = true;
                    break;
                }
            }
            int k = end - rpos;
            if (acc == null && (found || end < rlen)) {
                byte[] r = Arrays.copyOfRange(buf, rpos, end);
                rpos = end;
                return r;
            }
            if (acc == null) {
                acc = new byte[Math.max(2 * k, 128)];
            } else if (accLen + k > acc.length) {
                acc = Arrays.copyOf(acc, Math.max(2 * acc.length, accLen + k));
            }
            System.arraycopy(buf, rpos, acc, accLen, k);
            accLen += k;
            rpos = end;
            if (found) {
                break;
            }
        }
        return acc == null ? EMPTY : Arrays.copyOf(acc, accLen);
    }

    /** Writes {@code b[off, off+len)} at the stream position. */
    void writeBytes(byte[] b, int off, int len) {
        dropRead();
        if (wlen + len <= bufSize) {
            System.arraycopy(b, off, buf, wlen, len);
            wlen += len;
            return;
        }
        flushWrites();
        if (len > bufSize) {
            bufPos = rawWrite(bufPos, b, off, len);
        } else {
            System.arraycopy(b, off, buf, 0, len);
            wlen = len;
        }
    }

    /** Moves to {@code offset} from the start (0), the position (1) or the end (2). */
    long seekTo(long offset, int whence) {
        long target;
        if (whence == 0) {
            target = offset;
        } else if (whence == 1) {
            target = position() + offset;
        } else {
            flushWrites();
            target = rawSize() + offset;
        }
        if (target < 0) {
            throw IOErrors.os(IOErrors.EINVAL, null);
        }
        // as CPython's: only while unread bytes are buffered does a seek stay inside the buffer
        if (wlen == 0 && whence != 2 && rlen > rpos && target >= bufPos && target <= bufPos + rlen) {
            rpos = (int) (target - bufPos);
            return target;
        }
        flushWrites();
        rpos = 0;
        rlen = 0;
        bufPos = target;
        raw.pos = target;
        return target;
    }

    /** Cuts or extends the file to {@code size} (null: the position); the position stays. */
    long truncateTo(Long size) {
        flushWrites();
        long pos = position();
        long n = size == null ? pos : size;
        if (n < 0) {
            throw IOErrors.os(IOErrors.EINVAL, null);
        }
        raw.file.truncate(n);
        rpos = 0;
        rlen = 0;
        bufPos = pos;
        return n;
    }

    // ---- PyFileObject -----------------------------------------------------------------------

    @Override
    protected PyObject read(int n) {
        return PyBytes.of(readBytes(n));
    }

    @Override
    protected PyObject readline(int limit) {
        return PyBytes.of(readLineBytes(limit));
    }

    @Override
    protected int write(PyObject data) {
        if (!(data instanceof PyBytes bytes)) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", data.getType().getName());
        }
        byte[] b = bytes.data();
        writeBytes(b, 0, b.length);
        return b.length;
    }

    @Override
    protected long tell() {
        return position();
    }

    @Override
    protected long seek(long offset, int whence) {
        return seekTo(offset, whence);
    }

    @Override
    protected long truncate(Long size) {
        return truncateTo(size);
    }

    @Override
    public void flush() {
        checkAttached();
        flushWrites();
    }

    @Override
    protected void release() {
        raw.close();
    }

    @Override
    public PyStr repr() {
        if (raw == null) {
            return PyStr.of("<_io." + getType().getName() + ">");
        }
        return PyStr.of("<_io." + getType().getName() + " name=" + nameRepr() + ">");
    }
}
