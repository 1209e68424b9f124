package org.minipy.modules.io;

import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyGetSetDescr;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/**
 * A text stream ({@code _io.TextIOWrapper}): str in and out. Subclasses provide the characters:
 * {@link TextFile} for files, {@link StdStream} for the standard streams. {@code print} calls
 * {@link #writeString} directly.
 */
public abstract class PyTextIO extends PyFileObject {
    public static final PyType TYPE = PyType.builtinInModule("TextIOWrapper", "_io", PyType.OBJECT, null);

    protected final String encoding;

    protected PyTextIO(String name, String mode, String encoding) {
        super(name, mode);
        this.encoding = encoding;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Writes text (the fast path used by print); ValueError if closed. */
    public void writeString(String s) {
        checkClosed();
        if (!writable()) {
            throw IOErrors.unsupported("not writable");
        }
        writeText(s);
    }

    /** Reads one line ("" at EOF), for {@code input()}. */
    public String readLineString() {
        checkClosed();
        if (!readable()) {
            throw IOErrors.unsupported("not readable");
        }
        return readLineText(-1);
    }

    /** The errors argument ("strict" unless given). */
    String errors() {
        return "strict";
    }

    boolean lineBuffering() {
        return false;
    }

    protected abstract void writeText(String s);

    protected abstract String readText(int n);

    protected abstract String readLineText(int limit);

    @Override
    protected PyObject read(int n) {
        return PyStr.of(readText(n));
    }

    @Override
    protected PyObject readline(int limit) {
        return PyStr.of(readLineText(limit));
    }

    @Override
    protected int write(PyObject data) {
        if (!(data instanceof PyStr s)) {
            throw PyErr.typeError("write() argument must be str, not %s", FileOpener.typeName(data));
        }
        String v = s.value();
        writeText(v);
        return v.codePointCount(0, v.length());
    }

    @Override
    public PyStr repr() {
        return PyStr.of("<_io.TextIOWrapper name=" + PyStr.quote(name) + " mode=" + PyStr.quote(mode)
                + " encoding=" + PyStr.quote(encoding) + ">");
    }

    static {
        install(TYPE);
        TYPE.put("encoding", new PyGetSetDescr(TYPE, "encoding", o -> PyStr.of(((PyTextIO) o).encoding), null));
        TYPE.put("errors", new PyGetSetDescr(TYPE, "errors", o -> PyStr.of(((PyTextIO) o).errors()), null));
        TYPE.put("line_buffering", new PyGetSetDescr(TYPE, "line_buffering",
                o -> PyBool.of(((PyTextIO) o).lineBuffering()), null));
        TYPE.put("buffer", new PyGetSetDescr(TYPE, "buffer", o -> {
            if (o instanceof TextFile f) {
                return f.buffer();
            }
            // the standard streams are text only in minipy
            throw PyErr.attributeError("'_io.TextIOWrapper' object has no attribute 'buffer'");
        }, null));
        // TextIOWrapper.readline takes an int (not None), unlike read and readlines
        TYPE.def("readline", (a, kw) -> {
            ArgParser.checkCount("readline", java.util.Arrays.copyOfRange(a, 1, a.length), kw, 0, 1);
            PyTextIO f = (PyTextIO) a[0];
            int n = a.length < 2 ? -1 : clamp(Abstract.index(a[1]));
            f.checkReadable("readline");
            return f.readline(n < 0 ? -1 : n);
        });
    }
}
