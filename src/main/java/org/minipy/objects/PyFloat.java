package org.minipy.objects;

/** {@code float}: an IEEE double. The scalar helper completes arithmetic and formatting. */
public final class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT, null);

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyStr repr() {
        return PyStr.of(Double.toString(value));
    }

    @Override
    public boolean hasBool() {
        return true;
    }

    @Override
    public boolean isTrue() {
        return value != 0.0;
    }

    @Override
    public PyFloat asFloat() {
        return this;
    }
}
