package org.minipy.modules.io;

import java.util.Arrays;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyException;
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

    /** CPython's {@code io.DEFAULT_BUFFER_SIZE}. */
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
    }

    private final RawFile raw;
    private final boolean readable;
    private final boolean writable;
    private final byte[] buf = new byte[BUFFER_SIZE];
    private long bufPos;
    private int rpos;
    private int rlen;
    private int wlen;

    PyBinaryFile(RawFile raw, String name, String mode, boolean readable, boolean writable) {
        super(name, mode);
        this.raw = raw;
        this.readable = readable;
        this.writable = writable;
        if (raw.append()) {
            bufPos = raw.size();
        }
    }

    @Override
    public PyType getType() {
        return readable && writable ? RANDOM : readable ? READER : WRITER;
    }

    @Override
    public boolean readable() {
        return readable;
    }

    @Override
    public boolean writable() {
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
            bufPos = raw.write(bufPos, buf, 0, n);
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

    /** Refills an empty read buffer from {@code bufPos}; false at end of file. */
    private boolean fill() {
        bufPos += rlen;
        rpos = 0;
        rlen = raw.read(bufPos, buf, 0, BUFFER_SIZE);
        return rlen > 0;
    }

    /** The stream position. */
    long position() {
        return bufPos + rpos + wlen;
    }

    /** Up to {@code n} bytes ({@code n < 0}: to the end of the file); fewer only at the end. */
    byte[] readBytes(int n) {
        flushWrites();
        int avail = rlen - rpos;
        if (n >= 0 && n <= avail) {
            byte[] r = Arrays.copyOfRange(buf, rpos, rpos + n);
            rpos += n;
            return r;
        }
        long after = bufPos + rlen;
        long rest = Math.max(0, raw.size() - after);
        long want = n < 0 ? avail + rest : Math.min(n, avail + rest);
        if (want > Integer.MAX_VALUE - 16) {
            throw PyErr.overflowError("file too large to read into one bytes object");
        }
        byte[] out = new byte[(int) want];
        System.arraycopy(buf, rpos, out, 0, avail);
        int filled = avail;
        bufPos = after;
        rpos = 0;
        rlen = 0;
        while (true) {
            int remaining = out.length - filled;
            if (remaining >= BUFFER_SIZE || (n < 0 && remaining > 0)) {
                dropRead();
                int got = raw.read(bufPos, out, filled, remaining);
                bufPos += got;
                filled += got;
                if (got == 0) {
                    break;
                }
            } else if (remaining > 0) {
                if (!fill()) {
                    break;
                }
                int k = Math.min(remaining, rlen);
                System.arraycopy(buf, 0, out, filled, k);
                rpos = k;
                filled += k;
            } else if (n < 0) {
                // the file may have grown since its size was taken
                if (!fill()) {
                    break;
                }
                out = Arrays.copyOf(out, out.length + rlen);
                System.arraycopy(buf, 0, out, filled, rlen);
                filled += rlen;
                rpos = rlen;
            } else {
                break;
            }
        }
        return filled == out.length ? out : Arrays.copyOf(out, filled);
    }

    /** What the buffer holds, or one buffer-full from the file: the text layer's chunks. */
    byte[] readChunk() {
        flushWrites();
        if (rpos >= rlen && !fill()) {
            return EMPTY;
        }
        byte[] r = Arrays.copyOfRange(buf, rpos, rlen);
        rpos = rlen;
        return r;
    }

    /** Up to {@code n} bytes ({@code n < 0}: what the buffer holds) with at most one raw read. */
    byte[] read1(int n) {
        flushWrites();
        if (n == 0) {
            return EMPTY;
        }
        if (rpos >= rlen) {
            if (n >= BUFFER_SIZE) {
                dropRead();
                byte[] out = new byte[n];
                int got = raw.read(bufPos, out, 0, n);
                bufPos += got;
                return got == n ? out : Arrays.copyOf(out, got);
            }
            if (!fill()) {
                return EMPTY;
            }
        }
        int k = n < 0 ? rlen - rpos : Math.min(n, rlen - rpos);
        byte[] r = Arrays.copyOfRange(buf, rpos, rpos + k);
        rpos += k;
        return r;
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
        if (wlen + len <= BUFFER_SIZE) {
            System.arraycopy(b, off, buf, wlen, len);
            wlen += len;
            return;
        }
        flushWrites();
        if (len >= BUFFER_SIZE) {
            bufPos = raw.write(bufPos, b, off, len);
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
            target = raw.size() + offset;
        }
        if (target < 0) {
            throw IOErrors.os(IOErrors.EINVAL, null);
        }
        if (wlen == 0 && whence != 2 && target >= bufPos && target <= bufPos + rlen) {
            rpos = (int) (target - bufPos);
            return target;
        }
        flushWrites();
        rpos = 0;
        rlen = 0;
        bufPos = target;
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
        raw.truncate(n);
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
        flushWrites();
    }

    @Override
    protected void release() {
        raw.close();
    }

    @Override
    public PyStr repr() {
        return PyStr.of("<_io." + getType().getName() + " name=" + PyStr.quote(name) + ">");
    }
}
