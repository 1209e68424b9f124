package org.minipy.modules.io;

import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyGetSetDescr;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/**
 * What text files, binary files and the standard streams have in common: {@code closed},
 * {@code name}, {@code mode}, close/flush, the context manager, iteration over lines,
 * readlines/writelines. Subclasses supply reading and writing of str or bytes.
 */
public abstract class PyFileObject extends PyObject {
    protected final String name;
    protected final String mode;
    protected boolean closed;

    protected PyFileObject(String name, String mode) {
        this.name = name;
        this.mode = mode;
    }

    public String name() {
        return name;
    }

    /** The file descriptor, or -1 if this stream has none. */
    protected int fileno() {
        return -1;
    }

    public boolean isClosed() {
        return closed;
    }

    protected final void checkClosed() {
        if (closed) {
            throw IOErrors.closed();
        }
    }

    /** Binary files name the operation ("read of closed file"); text files do not. */
    protected org.minipy.objects.PyException closedError(String op) {
        return IOErrors.closed();
    }

    final void checkClosed(String op) {
        if (closed) {
            throw closedError(op);
        }
    }

    public abstract boolean readable();

    public abstract boolean writable();

    /** Up to {@code n} characters or bytes ({@code n < 0}: all); empty at end of file. */
    protected abstract PyObject read(int n);

    /** The next line with its terminator, at most {@code limit} long if limit >= 0; empty at EOF. */
    protected abstract PyObject readline(int limit);

    /** Writes a str or bytes, returns the count written. */
    protected abstract int write(PyObject data);

    public abstract void flush();

    /** The current position (bytes for binary files; an opaque cookie for text, as CPython). */
    protected long tell() {
        throw IOErrors.unsupported("underlying stream is not seekable");
    }

    /** Moves to {@code offset} from the start (0), current position (1) or end (2). */
    protected long seek(long offset, int whence) {
        throw IOErrors.unsupported("underlying stream is not seekable");
    }

    /** Releases the underlying resource; called once. */
    protected abstract void release();

    public void close() {
        if (!closed) {
            try {
                flush();
            } finally {
                closed = true;
                release();
            }
        }
    }

    private void checkReadable(String op) {
        checkClosed(op);
        if (!readable()) {
            throw IOErrors.unsupported("not readable");
        }
    }

    private void checkWritable(String op) {
        checkClosed(op);
        if (!writable()) {
            throw IOErrors.unsupported("not writable");
        }
    }

    @Override
    public PyObject iter() {
        checkClosed();
        return this;
    }

    @Override
    public PyObject next() {
        checkReadable("readline");
        PyObject line = readline(-1);
        return Abstract.len(line) == 0 ? null : line;
    }

    private static int sizeArg(String fname, PyObject[] a, String[] kw) {
        ArgParser.checkCount(fname, TypeCallTail.tail(a), kw, 0, 1);
        if (a.length < 2 || a[1] == PyNone.None) {
            return -1;
        }
        PyInt n = Abstract.index(a[1]);
        return n.fitsInt() ? n.intValue() : (n.signum() < 0 ? -1 : Integer.MAX_VALUE);
    }

    /** Registers the file methods on one of the file types. */
    static void install(PyType t) {
        t.def("read", (a, kw) -> {
            PyFileObject f = (PyFileObject) a[0];
            int n = sizeArg("read", a, kw);
            f.checkReadable("read");
            return f.read(n);
        });
        t.def("readline", (a, kw) -> {
            PyFileObject f = (PyFileObject) a[0];
            int n = sizeArg("readline", a, kw);
            f.checkReadable("readline");
            return f.readline(n);
        });
        t.def("readlines", (a, kw) -> {
            PyFileObject f = (PyFileObject) a[0];
            int hint = sizeArg("readlines", a, kw);
            f.checkReadable("readlines*");
            PyList lines = new PyList();
            long total = 0;
            for (PyObject line = f.readline(-1); Abstract.len(line) > 0; line = f.readline(-1)) {
                lines.append(line);
                total += Abstract.len(line);
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return lines;
        });
        t.def("write", (a, kw) -> {
            ArgParser.checkCount("write", TypeCallTail.tail(a), kw, 1, 1);
            PyFileObject f = (PyFileObject) a[0];
            f.checkWritable("write");
            return PyInt.of(f.write(a[1]));
        });
        t.def("writelines", (a, kw) -> {
            ArgParser.checkCount("writelines", TypeCallTail.tail(a), kw, 1, 1);
            PyFileObject f = (PyFileObject) a[0];
            f.checkWritable("writelines*");
            PyObject it = Abstract.iter(a[1]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                f.write(x);
            }
            return PyNone.None;
        });
        t.def("flush", (a, kw) -> {
            PyFileObject f = (PyFileObject) a[0];
            f.checkClosed("flush");
            f.flush();
            return PyNone.None;
        });
        t.def("close", (a, kw) -> {
            ((PyFileObject) a[0]).close();
            return PyNone.None;
        });
        t.def("readable", (a, kw) -> {
            PyFileObject f = (PyFileObject) a[0];
            f.checkClosed();
            return PyBool.of(f.readable());
        });
        t.def("writable", (a, kw) -> {
            PyFileObject f = (PyFileObject) a[0];
            f.checkClosed();
            return PyBool.of(f.writable());
        });
        t.def("seekable", (a, kw) -> {
            PyFileObject f = (PyFileObject) a[0];
            f.checkClosed();
            return PyBool.of(f.readable() && !(f instanceof StdStream));
        });
        t.def("tell", (a, kw) -> {
            ArgParser.checkCount("tell", TypeCallTail.tail(a), kw, 0, 0);
            PyFileObject f = (PyFileObject) a[0];
            f.checkClosed("tell*");
            return PyInt.of(f.tell());
        });
        t.def("seek", (a, kw) -> {
            ArgParser.checkCount("seek", TypeCallTail.tail(a), kw, 1, 2);
            PyFileObject f = (PyFileObject) a[0];
            f.checkClosed("seek*");
            long off = Abstract.index(a[1]).longValue();
            int whence = a.length > 2 ? Abstract.indexAsInt(a[2]) : 0;
            if (whence < 0 || whence > 2) {
                throw PyErr.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
            }
            return PyInt.of(f.seek(off, whence));
        });
        t.def("fileno", (a, kw) -> {
            PyFileObject f = (PyFileObject) a[0];
            f.checkClosed();
            int fd = f.fileno();
            if (fd < 0) {
                // minipy's files are Java streams: only the standard streams have a descriptor
                throw PyErr.withArgs(IOErrors.UnsupportedOperation, PyStr.of("fileno"));
            }
            return PyInt.of(fd);
        });
        t.def("isatty", (a, kw) -> {
            ((PyFileObject) a[0]).checkClosed();
            return PyBool.False;
        });
        t.def("__enter__", (a, kw) -> {
            ((PyFileObject) a[0]).checkClosed();
            return a[0];
        });
        t.def("__exit__", (a, kw) -> {
            ((PyFileObject) a[0]).close();
            return PyNone.None;
        });
        t.slot("__iter__", (a, kw) -> a[0].iter());
        t.slot("__next__", (a, kw) -> {
            PyObject v = a[0].next();
            if (v == null) {
                throw PyErr.stopIteration(null);
            }
            return v;
        });
        t.put("closed", new PyGetSetDescr(t, "closed", o -> PyBool.of(((PyFileObject) o).closed), null));
        t.put("name", new PyGetSetDescr(t, "name", o -> PyStr.of(((PyFileObject) o).name), null));
        t.put("mode", new PyGetSetDescr(t, "mode", o -> PyStr.of(((PyFileObject) o).mode), null));
    }

    /** Helpers shared with subclasses. */
    static final class TypeCallTail {
        private TypeCallTail() {
        }

        static PyObject[] tail(PyObject[] a) {
            return java.util.Arrays.copyOfRange(a, 1, a.length);
        }
    }
}
