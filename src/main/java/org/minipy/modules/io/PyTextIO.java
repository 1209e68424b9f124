package org.minipy.modules.io;

import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyGetSetDescr;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyNone;
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

    protected String encoding;

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

    private static final String[] RECONFIGURE =
            {"encoding", "errors", "newline", "line_buffering", "write_through"};

    /** {@code reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None, write_through=None)}. */
    private static PyObject reconfigure(PyObject[] a, String[] kw) {
        int nkw = ArgParser.nkw(kw);
        if (a.length - nkw > 1) {
            throw PyErr.typeError("reconfigure() takes no positional arguments");
        }
        PyObject[] v = new PyObject[RECONFIGURE.length];
        for (int k = 0; k < nkw; k++) {
            int idx = java.util.Arrays.asList(RECONFIGURE).indexOf(kw[k]);
            if (idx < 0) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for reconfigure()", kw[k]);
            }
            v[idx] = a[a.length - nkw + k];
        }
        String[] strs = new String[3];
        for (int i = 0; i < 3; i++) {
            if (v[i] != null && v[i] != PyNone.None) {
                if (!(v[i] instanceof PyStr str)) {
                    throw PyErr.typeError("reconfigure() argument '%s' must be str or None, not %s", RECONFIGURE[i],
                            FileOpener.typeName(v[i]));
                }
                strs[i] = str.value();
            }
        }
        Boolean lineBuf = v[3] == null || v[3] == PyNone.None ? null : Abstract.isTrue(v[3]);
        Boolean wThrough = v[4] == null || v[4] == PyNone.None ? null : Abstract.isTrue(v[4]);
        PyTextIO f = (PyTextIO) a[0];
        f.checkClosed();
        if (f instanceof TextFile tf) {
            tf.reconfigure(strs[0], strs[1], v[2] != null, strs[2], lineBuf, wThrough);
        }
        // the standard streams always write UTF-8 and flush as they do: nothing to change
        return PyNone.None;
    }

    @Override
    public PyStr repr() {
        // a detached wrapper has no name to show
        String n = isDetached() ? "" : " name=" + nameRepr();
        return PyStr.of("<_io.TextIOWrapper" + n + " mode=" + PyStr.quote(mode) + " encoding="
                + PyStr.quote(encoding) + ">");
    }

    static {
        install(TYPE);
        TYPE.put("encoding", new PyGetSetDescr(TYPE, "encoding", o -> PyStr.of(((PyTextIO) o).encoding), null));
        TYPE.put("errors", new PyGetSetDescr(TYPE, "errors", o -> PyStr.of(((PyTextIO) o).errors()), null));
        TYPE.put("line_buffering", new PyGetSetDescr(TYPE, "line_buffering",
                o -> PyBool.of(((PyTextIO) o).lineBuffering()), null));
        TYPE.put("buffer", new PyGetSetDescr(TYPE, "buffer", o -> {
            if (o instanceof TextFile f) {
                PyBinaryFile b = f.buffer();
                return b == null ? PyNone.None : b;
            }
            // the standard streams are text only in minipy
            throw PyErr.attributeError("'_io.TextIOWrapper' object has no attribute 'buffer'");
        }, null));
        TYPE.put("newlines", new PyGetSetDescr(TYPE, "newlines",
                o -> o instanceof TextFile f ? f.newlines() : PyNone.None, null));
        TYPE.put("write_through", new PyGetSetDescr(TYPE, "write_through",
                o -> PyBool.of(o instanceof TextFile f ? f.writeThrough() : ((PyTextIO) o).name.equals("<stderr>")),
                null));
        TYPE.put("_CHUNK_SIZE", new PyGetSetDescr(TYPE, "_CHUNK_SIZE",
                o -> PyInt.of(o instanceof TextFile f ? f.chunkSize() : TextFile.CHUNK), (o, v) -> {
                    if (v == null) {
                        throw PyErr.attributeError("cannot delete attribute");
                    }
                    int n = Abstract.indexAsInt(v);
                    if (o instanceof TextFile f) {
                        f.setChunkSize(n);
                    } else if (n <= 0) {
                        throw PyErr.valueError("a strictly positive integer is required");
                    }
                }));
        TYPE.def("detach", (a, kw) -> {
            ArgParser.checkCount("detach", java.util.Arrays.copyOfRange(a, 1, a.length), kw, 0, 0);
            PyTextIO f = (PyTextIO) a[0];
            f.checkClosed();
            if (f instanceof TextFile tf) {
                return tf.detach();
            }
            // the standard streams are text only in minipy: there is no buffer to give
            throw IOErrors.unsupported("detach");
        });
        TYPE.def("reconfigure", PyTextIO::reconfigure);
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
