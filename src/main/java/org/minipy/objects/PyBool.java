package org.minipy.objects;

/** {@code bool}: a subclass of int with exactly two instances. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, null);
    public static final PyBool True = new PyBool(1);
    public static final PyBool False = new PyBool(0);

    private PyBool(long v) {
        super(v, null);
    }

    public static PyBool of(boolean b) {
        return b ? True : False;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyStr repr() {
        return PyStr.of(value != 0 ? "True" : "False");
    }
}
