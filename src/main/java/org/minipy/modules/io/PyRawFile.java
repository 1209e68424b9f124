package org.minipy.modules.io;

import java.util.Arrays;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyException;
import org.minipy.objects.PyGetSetDescr;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/**
 * {@code _io.FileIO}: the raw, unbuffered file, what {@code open(..., buffering=0)} gives in
 * binary mode and what a buffered file's {@code raw} is. It keeps the file position a file
 * descriptor would have; the buffered layer above moves it as it reads and writes.
 */
public final class PyRawFile extends PyFileObject {
    public static final PyType TYPE = PyType.builtinInModule("FileIO", "_io", PyType.OBJECT, null);

    /** {@code st_blksize}, the buffer size open() picks: 4096 on the usual Linux file systems. */
    static final int BLKSIZE = 4096;

    static {
        install(TYPE);
        TYPE.def("readall", (a, kw) -> {
            ArgParser.checkCount("FileIO.readall", TypeCallTail.tail(a), kw, 0, 0);
            PyRawFile f = (PyRawFile) a[0];
            f.checkClosed("read");
            if (!f.readable) {
                throw IOErrors.os(IOErrors.EBADF, null);
            }
            return PyBytes.of(f.readAll());
        });
        TYPE.def("readinto", (a, kw) -> {
            ArgParser.checkCount("readinto", TypeCallTail.tail(a), kw, 1, 1);
            throw readintoError("readinto", a[1]);
        });
        TYPE.def("_dealloc_warn", (a, kw) -> PyNone.None);
        // FileIO checks closed first even for the queries a closed buffered file still answers
        TYPE.def("readable", (a, kw) -> {
            PyRawFile f = (PyRawFile) a[0];
            f.checkClosed("readable");
            return PyBool.of(f.readable);
        });
        TYPE.def("writable", (a, kw) -> {
            PyRawFile f = (PyRawFile) a[0];
            f.checkClosed("writable");
            return PyBool.of(f.writable);
        });
        TYPE.put("closefd", new PyGetSetDescr(TYPE, "closefd", o -> PyBool.True, null));
        TYPE.put("_blksize", new PyGetSetDescr(TYPE, "_blksize", o -> PyInt.of(BLKSIZE), null));
    }

    /**
     * What CPython's readinto()/readinto1() raise for an argument that is not a writable
     * buffer; minipy has none (bytearray and memoryview are not supported), so for any.
     */
    static PyException readintoError(String fname, PyObject arg) {
        return PyErr.typeError("%s() argument must be read-write bytes-like object, not %s", fname,
                FileOpener.typeName(arg));
    }

    final RawFile file;
    private final boolean readable;
    private final boolean writable;
    /** The position a file descriptor would have. */
    long pos;

    PyRawFile(RawFile file, String name, String mode, boolean readable, boolean writable) {
        super(name, mode);
        this.file = file;
        this.readable = readable;
        this.writable = writable;
        if (file.append()) {
            pos = file.size();
        }
    }

    @Override
    public PyType getType() {
        return TYPE;
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

    @Override
    protected PyException closedError(String op) {
        return op.endsWith("*") || op.equals("flush") ? IOErrors.closed() : IOErrors.closedNoDot();
    }

    @Override
    protected void checkReadable(String op) {
        checkClosed(op);
        if (!readable) {
            throw IOErrors.unsupported("File not open for reading");
        }
    }

    @Override
    protected void checkWritable(String op) {
        checkClosed(op);
        if (!writable) {
            throw IOErrors.unsupported("File not open for writing");
        }
    }

    @Override
    protected void checkTruncatable() {
        checkWritable("truncate");
    }

    @Override
    protected void checkWhence(int whence) {
        // lseek() refuses any other whence
        if (whence < 0 || whence > 2) {
            throw IOErrors.os(IOErrors.EINVAL, null);
        }
    }

    /** Everything from the position to the end of the file. */
    byte[] readAll() {
        long size = file.size();
        long want = Math.max(0, size - pos);
        if (want > Integer.MAX_VALUE - 16) {
            throw PyErr.overflowError("file too large to read into one bytes object");
        }
        byte[] out = new byte[(int) want];
        int got = file.read(pos, out, 0, out.length);
        pos += got;
        return got == out.length ? out : Arrays.copyOf(out, got);
    }

    @Override
    protected PyObject read(int n) {
        if (n < 0) {
            return PyBytes.of(readAll());
        }
        byte[] out = new byte[(int) Math.min(n, Math.max(0, file.size() - pos))];
        int got = file.read(pos, out, 0, out.length);
        pos += got;
        return PyBytes.of(got == out.length ? out : Arrays.copyOf(out, got));
    }

    /** IOBase.readline: one byte at a time up to a {@code \n}. */
    @Override
    protected PyObject readline(int limit) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] one = new byte[1];
        while (limit < 0 || out.size() < limit) {
            if (file.read(pos, one, 0, 1) == 0) {
                break;
            }
            pos++;
            out.write(one[0]);
            if (one[0] == '\n') {
                break;
            }
        }
        return PyBytes.of(out.toByteArray());
    }

    @Override
    protected int write(PyObject data) {
        if (!(data instanceof PyBytes bytes)) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", data.getType().getName());
        }
        byte[] b = bytes.data();
        pos = file.write(pos, b, 0, b.length);
        return b.length;
    }

    @Override
    protected long tell() {
        return pos;
    }

    @Override
    protected long seek(long offset, int whence) {
        long target = whence == 0 ? offset : whence == 1 ? pos + offset : file.size() + offset;
        if (target < 0) {
            throw IOErrors.os(IOErrors.EINVAL, null);
        }
        pos = target;
        return target;
    }

    @Override
    protected long truncate(Long size) {
        long n = size == null ? pos : size;
        if (n < 0) {
            throw IOErrors.os(IOErrors.EINVAL, null);
        }
        file.truncate(n);
        return n;
    }

    @Override
    public void flush() {
    }

    @Override
    protected void release() {
        file.close();
    }

    @Override
    public PyStr repr() {
        if (closed) {
            return PyStr.of("<_io.FileIO [closed]>");
        }
        return PyStr.of("<_io.FileIO name=" + nameRepr() + " mode=" + PyStr.quote(mode) + " closefd=True>");
    }
}
