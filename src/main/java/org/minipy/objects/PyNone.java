package org.minipy.objects;

/** {@code None}. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyNone.class);
    public static final PyNone None = new PyNone();

    private PyNone() {
    }

    static {
        TYPE.slot("__bool__", (a, kw) -> {
            ArgParser.checkCount("__bool__", TypeCall.tail(a), kw, 0, 0);
            return PyBool.False;
        });
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyStr repr() {
        return PyStr.of("None");
    }

    @Override
    public boolean hasBool() {
        return true;
    }

    @Override
    public boolean isTrue() {
        return false;
    }
}
