package org.minipy.modules.io;

import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/** {@code io.StringIO}: an in-memory text stream (positions count characters). */
public final class PyStringIO extends PyTextIO implements org.minipy.objects.ClassAssignment.Target {
    public static final PyType TYPE = PyType.builtinInModule("StringIO", "_io", PyType.OBJECT, PyStringIO::new);

    private PyType type;
    private PyDict dict;
    private final StringBuilder buf = new StringBuilder();
    private int pos;

    public PyStringIO(PyType type) {
        super("", "r+", "utf-8");
        this.type = type;
    }

    @Override
    public PyType getType() {
        return type;
    }


    /** {@code obj.__class__ = cls}, checked by {@link org.minipy.objects.ClassAssignment}. */

    @Override

    public void setType(PyType t) {

        type = t;

    }

    @Override
    public PyDict getDict() {
        if (type != TYPE && dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    protected org.minipy.objects.PyException closedError(String op) {
        return PyErr.valueError("I/O operation on closed file");
    }

    /** The whole buffer ({@code getvalue()}). */
    public String value() {
        checkClosed("getvalue");
        return buf.toString();
    }

    @Override
    public boolean readable() {
        return true;
    }

    @Override
    public boolean writable() {
        return true;
    }

    @Override
    protected void writeText(String s) {
        if (pos > buf.length()) {
            buf.append("\0".repeat(pos - buf.length()));
        }
        int end = Math.min(buf.length(), pos + s.length());
        buf.replace(pos, end, s);
        pos += s.length();
    }

    @Override
    protected String readText(int n) {
        int start = Math.min(pos, buf.length());
        int end = n < 0 ? buf.length() : Math.min(buf.length(), start + n);
        pos = end;
        return buf.substring(start, end);
    }

    @Override
    protected String readLineText(int limit) {
        int start = Math.min(pos, buf.length());
        int nl = buf.indexOf("\n", start);
        int end = nl < 0 ? buf.length() : nl + 1;
        if (limit >= 0 && end - start > limit) {
            end = start + limit;
        }
        pos = end;
        return buf.substring(start, end);
    }

    @Override
    public void flush() {
    }

    @Override
    protected boolean seekable() {
        return true;
    }

    @Override
    protected void release() {
    }

    @Override
    protected long tell() {
        return pos;
    }

    @Override
    protected long seek(long offset, int whence) {
        if (whence == 0) {
            if (offset < 0) {
                throw PyErr.valueError("Negative seek position %d", offset);
            }
            pos = (int) Math.min(offset, Integer.MAX_VALUE);
        } else if (offset != 0) {
            throw PyErr.of(IOErrors.UnsupportedOperation, whence == 1
                    ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
        } else if (whence == 2) {
            pos = buf.length();
        }
        return pos;
    }

    @Override
    public PyStr repr() {
        return PyStr.of("<_io.StringIO object at " + Abstract.addressOf(this) + ">");
    }

    static {
        install(TYPE);
        TYPE.def("__init__", (a, kw) -> {
            PyObject[] p = ArgParser.bind("StringIO", java.util.Arrays.copyOfRange(a, 1, a.length), kw,
                    new String[] {"initial_value", "newline"}, 0, 0);
            PyStringIO self = (PyStringIO) a[0];
            self.buf.setLength(0);
            self.pos = 0;
            if (p[0] != null && p[0] != PyNone.None) {
                if (!(p[0] instanceof PyStr s)) {
                    throw PyErr.typeError("initial_value must be str or None, not %s", p[0].getType().getName());
                }
                self.buf.append(s.value());
            }
            return PyNone.None;
        });
        TYPE.def("getvalue", (a, kw) -> {
            ArgParser.checkCount("getvalue", java.util.Arrays.copyOfRange(a, 1, a.length), kw, 0, 0);
            return PyStr.of(((PyStringIO) a[0]).value());
        });
        TYPE.def("truncate", (a, kw) -> {
            PyStringIO self = (PyStringIO) a[0];
            self.checkClosed("truncate");
            int size = a.length > 1 && a[1] != PyNone.None ? Abstract.indexAsInt(a[1]) : self.pos;
            if (size < self.buf.length()) {
                self.buf.setLength(size);
            }
            return org.minipy.objects.PyInt.of(size);
        });
    }
}
