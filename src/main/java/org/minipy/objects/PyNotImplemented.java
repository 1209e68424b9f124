package org.minipy.objects;

/** {@code NotImplemented}: what a binary special method returns to let the other operand try. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyNotImplemented.class);
    public static final PyNotImplemented NotImplemented = new PyNotImplemented();

    private PyNotImplemented() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyStr repr() {
        return PyStr.of("NotImplemented");
    }
}
