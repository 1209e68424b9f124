package org.minipy.objects;

/** {@code ...} ({@code Ellipsis}). */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.builtin("ellipsis", PyEllipsis.class);
    public static final PyEllipsis Ellipsis = new PyEllipsis();

    private PyEllipsis() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyStr repr() {
        return PyStr.of("Ellipsis");
    }
}
