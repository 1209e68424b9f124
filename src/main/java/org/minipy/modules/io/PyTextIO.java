package org.minipy.modules.io;

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
            throw PyErr.typeError("write() argument must be str, not %s", data.getType().getName());
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
    }
}
