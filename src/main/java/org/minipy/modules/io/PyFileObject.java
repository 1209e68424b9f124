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

    /** The name as open() was given it, when that was not a str (bytes); else null. */
    PyObject nameObj;

    /** The {@code name} attribute: the name open() was given (str, or bytes if given bytes). */
    protected PyObject nameObject() {
        return nameObj != null ? nameObj : PyStr.of(name);
    }

    /** The name as file reprs show it. */
    protected String nameRepr() {
        return nameObj != null ? Abstract.repr(nameObj).value() : PyStr.quote(name);
    }

    /** The file descriptor, or -1 if this stream has none. */
    protected int fileno() {
        return -1;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Whether the layer below was taken away by {@code detach()}. */
    protected boolean isDetached() {
        return false;
    }

    protected org.minipy.objects.PyException detachedError() {
        return PyErr.valueError("raw stream has been detached");
    }

    protected final void checkAttached() {
        if (isDetached()) {
            throw detachedError();
        }
    }

    protected final void checkClosed() {
        checkAttached();
        if (closed) {
            throw IOErrors.closed();
        }
    }

    /**
     * The ValueError for operation {@code op} on a closed file. Text streams give "I/O operation
     * on closed file." (ops ending in '*' are generic ones that every stream words this way),
     * the queries (readable, fileno ...) the same without the full stop; binary files name the
     * operation ("read of closed file").
     */
    protected org.minipy.objects.PyException closedError(String op) {
        switch (op) {
            case "readable": case "writable": case "seekable": case "fileno": case "isatty":
                return IOErrors.closedNoDot();
            default:
                return IOErrors.closed();
        }
    }

    final void checkClosed(String op) {
        checkAttached();
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

    /** tell() as a Python int (text files give cookies that may not fit in a long). */
    protected PyObject tellObject() {
        return PyInt.of(tell());
    }

    /** seek(offset, whence) with the offset as given. */
    protected PyObject seekObject(PyObject offset, int whence) {
        long off = offsetArg(offset);
        checkWhence(whence);
        return PyInt.of(seek(off, whence));
    }

    /** Moves to {@code offset} from the start (0), current position (1) or end (2). */
    protected long seek(long offset, int whence) {
        throw IOErrors.unsupported("underlying stream is not seekable");
    }

    /** ValueError for a whence other than 0, 1, 2, in the stream's words. */
    protected void checkWhence(int whence) {
        if (whence < 0 || whence > 2) {
            throw PyErr.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
    }

    /** Whether seek/tell work (checked for closed by the caller). */
    protected boolean seekable() {
        return false;
    }

    /** Cuts (or extends) the file to {@code size} bytes, null: the position; returns the size. */
    protected long truncate(Long size) {
        throw IOErrors.unsupported("truncate");
    }

    /** Binary files refuse negative sizes other than -1 in read(); text streams read all. */
    protected boolean readSizeChecked() {
        return false;
    }

    /** Releases the underlying resource; called once. */
    protected abstract void release();

    public void close() {
        checkAttached();
        if (!closed) {
            try {
                flush();
            } finally {
                closed = true;
                release();
            }
        }
    }

    protected void checkReadable(String op) {
        checkClosed(op);
        if (!readable()) {
            throw IOErrors.unsupported("not readable");
        }
    }

    protected void checkWritable(String op) {
        checkClosed(op);
        if (!writable()) {
            throw IOErrors.unsupported("not writable");
        }
    }

    protected void checkTruncatable() {
        checkClosed("truncate");
        if (!writable()) {
            throw IOErrors.unsupported("truncate");
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

    /** An optional size: None or absent is -1; else an int ("argument should be integer or None"). */
    static int sizeArg(String fname, PyObject[] a, String[] kw) {
        ArgParser.checkCount(fname, TypeCallTail.tail(a), kw, 0, 1);
        if (a.length < 2 || a[1] == PyNone.None) {
            return -1;
        }
        if (!(a[1] instanceof PyInt) && Abstract.special(a[1], "__index__") == null) {
            throw PyErr.typeError("argument should be integer or None, not '%s'", a[1].getType().getName());
        }
        return clamp(Abstract.index(a[1]));
    }

    static int clamp(PyInt n) {
        return n.fitsInt() ? n.intValue() : (n.signum() < 0 ? -1 : Integer.MAX_VALUE);
    }

    /** Registers the file methods on one of the file types. */
    static void install(PyType t) {
        t.def("read", (a, kw) -> {
            PyFileObject f = (PyFileObject) a[0];
            int n = sizeArg("read", a, kw);
            f.checkReadable("read");
            if (n < -1 && f.readSizeChecked()) {
                throw PyErr.valueError("read length must be non-negative or -1");
            }
            return f.read(n < 0 ? -1 : n);
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
            f.checkClosed("readlines*");
            f.checkReadable("readline");
            PyList lines = new PyList();
            long total = 0;
            for (PyObject line = f.readline(-1); Abstract.len(line) > 0; line = f.readline(-1)) {
                lines.append(line);
                total += Abstract.len(line);
                if (hint > 0 && total > hint) {
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
            f.checkClosed("writelines*");
            PyObject it = Abstract.iter(a[1]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                f.checkWritable("write");
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
        // a stream that cannot read says so even when closed; one that can checks closed first
        t.def("readable", (a, kw) -> {
            PyFileObject f = (PyFileObject) a[0];
            if (f.readable()) {
                f.checkClosed("readable");
            }
            return PyBool.of(f.readable());
        });
        t.def("writable", (a, kw) -> {
            PyFileObject f = (PyFileObject) a[0];
            if (f.writable()) {
                f.checkClosed("writable");
            }
            return PyBool.of(f.writable());
        });
        t.def("seekable", (a, kw) -> {
            PyFileObject f = (PyFileObject) a[0];
            f.checkClosed("seekable");
            return PyBool.of(f.seekable());
        });
        t.def("truncate", (a, kw) -> {
            ArgParser.checkCount("truncate", TypeCallTail.tail(a), kw, 0, 1);
            PyFileObject f = (PyFileObject) a[0];
            f.checkTruncatable();
            Long size = a.length < 2 || a[1] == PyNone.None ? null : offsetArg(a[1]);
            return PyInt.of(f.truncate(size));
        });
        t.def("tell", (a, kw) -> {
            ArgParser.checkCount("tell", TypeCallTail.tail(a), kw, 0, 0);
            PyFileObject f = (PyFileObject) a[0];
            f.checkClosed("tell");
            return f.tellObject();
        });
        t.def("seek", (a, kw) -> {
            ArgParser.checkCount("seek", TypeCallTail.tail(a), kw, 1, 2);
            PyFileObject f = (PyFileObject) a[0];
            f.checkClosed("seek");
            int whence = a.length > 2 ? Abstract.indexAsInt(a[2]) : 0;
            return f.seekObject(a[1], whence);
        });
        t.def("fileno", (a, kw) -> {
            PyFileObject f = (PyFileObject) a[0];
            f.checkClosed("fileno");
            int fd = f.fileno();
            if (fd < 0) {
                // minipy's files are Java streams: only the standard streams have a descriptor
                throw PyErr.withArgs(IOErrors.UnsupportedOperation, PyStr.of("fileno"));
            }
            return PyInt.of(fd);
        });
        t.def("isatty", (a, kw) -> {
            ((PyFileObject) a[0]).checkClosed("isatty");
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
        t.def("_checkClosed", (a, kw) -> {
            ArgParser.checkCount("_checkClosed", TypeCallTail.tail(a), kw, 0, 1);
            ((PyFileObject) a[0]).checkClosed();
            return PyNone.None;
        });
        String[][] checks = {{"_checkReadable", "readable"}, {"_checkWritable", "writable"},
            {"_checkSeekable", "seekable"}};
        for (String[] c : checks) {
            t.def(c[0], (a, kw) -> {
                ArgParser.checkCount(c[0], TypeCallTail.tail(a), kw, 0, 1);
                if (!Abstract.isTrue(Abstract.callMethod(a[0], c[1]))) {
                    throw IOErrors.unsupported("File or stream is not " + c[1] + ".");
                }
                return PyBool.True;
            });
        }
        t.def("__del__", (a, kw) -> {
            PyFileObject f = (PyFileObject) a[0];
            if (!f.isDetached()) {
                f.close();
            }
            return PyNone.None;
        });
        t.put("_finalizing", new PyGetSetDescr(t, "_finalizing", o -> PyBool.False, null));
        t.put("closed", new PyGetSetDescr(t, "closed", o -> {
            PyFileObject f = (PyFileObject) o;
            f.checkAttached();
            return PyBool.of(f.closed);
        }, null));
        t.put("name", new PyGetSetDescr(t, "name", o -> {
            PyFileObject f = (PyFileObject) o;
            f.checkAttached();
            return f.nameObject();
        }, null));
        t.put("mode", new PyGetSetDescr(t, "mode", o -> {
            PyFileObject f = (PyFileObject) o;
            if (!(f instanceof PyTextIO)) {
                f.checkAttached();
            }
            return PyStr.of(f.mode);
        }, null));
    }

    /** A file offset: an int that fits in 64 bits (CPython's off_t), else ValueError. */
    static long offsetArg(PyObject o) {
        PyInt n = Abstract.index(o);
        if (n.isBig()) {
            throw PyErr.valueError("cannot fit 'int' into an offset-sized integer");
        }
        return n.longValue();
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
