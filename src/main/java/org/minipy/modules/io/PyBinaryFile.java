package org.minipy.modules.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/** A file opened in binary mode: {@code _io.BufferedReader} or {@code _io.BufferedWriter}. */
public final class PyBinaryFile extends PyFileObject {
    public static final PyType READER = PyType.builtinInModule("BufferedReader", "_io", PyType.OBJECT, null);
    public static final PyType WRITER = PyType.builtinInModule("BufferedWriter", "_io", PyType.OBJECT, null);

    static {
        install(READER);
        install(WRITER);
    }

    private final Path path;
    private final OutputStream outStream;
    private byte[] content;
    private int pos;

    PyBinaryFile(Path path, String name, String mode, OutputStream out) {
        super(name, mode);
        this.path = path;
        this.outStream = out;
    }

    @Override
    protected org.minipy.objects.PyException closedError(String op) {
        return op.endsWith("*") ? IOErrors.closed()
                : PyErr.valueError("%s %s closed file", op, op.equals("write") ? "to" : "of");
    }

    @Override
    public PyType getType() {
        return outStream == null ? READER : WRITER;
    }

    @Override
    public boolean readable() {
        return outStream == null;
    }

    @Override
    public boolean writable() {
        return outStream != null;
    }

    private byte[] content() {
        if (content == null) {
            try {
                content = Files.readAllBytes(path);
            } catch (IOException e) {
                throw IOErrors.from(e, name);
            }
        }
        return content;
    }

    @Override
    protected PyObject read(int n) {
        byte[] c = content();
        int end = n < 0 ? c.length : (int) Math.min(c.length, (long) pos + n);
        int start = Math.min(pos, c.length);
        pos = Math.max(end, start);
        return PyBytes.of(Arrays.copyOfRange(c, start, Math.max(end, start)));
    }

    @Override
    protected PyObject readline(int limit) {
        byte[] c = content();
        int start = Math.min(pos, c.length);
        int end = start;
        while (end < c.length && (limit < 0 || end - start < limit)) {
            if (c[end++] == '\n') {
                break;
            }
        }
        pos = end;
        return PyBytes.of(Arrays.copyOfRange(c, start, end));
    }

    private long written;

    @Override
    protected long tell() {
        return outStream != null ? written : pos;
    }

    @Override
    protected long seek(long offset, int whence) {
        if (outStream != null) {
            throw IOErrors.unsupported("seek on a file being written is not supported by minipy");
        }
        long base = whence == 0 ? 0 : whence == 1 ? pos : content().length;
        long p = base + offset;
        if (p < 0) {
            throw PyErr.valueError("negative seek value %d", p);
        }
        pos = (int) Math.min(p, Integer.MAX_VALUE);
        return pos;
    }

    @Override
    protected int write(PyObject data) {
        if (!(data instanceof PyBytes b)) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", data.getType().getName());
        }
        try {
            outStream.write(b.data());
            written += b.data().length;
        } catch (IOException e) {
            throw IOErrors.from(e, name);
        }
        return b.data().length;
    }

    @Override
    public void flush() {
        if (outStream != null) {
            try {
                outStream.flush();
            } catch (IOException e) {
                throw IOErrors.from(e, name);
            }
        }
    }

    @Override
    protected void release() {
        if (outStream != null) {
            try {
                outStream.close();
            } catch (IOException e) {
                throw IOErrors.from(e, name);
            }
        }
        content = null;
    }

    @Override
    public PyStr repr() {
        return PyStr.of("<_io." + getType().getName() + " name=" + PyStr.quote(name) + ">");
    }
}
