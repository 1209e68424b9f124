package org.minipy.objects;

/**
 * A classmethod of a built-in type, CPython's {@code classmethod_descriptor}: binds to the class
 * it is looked up on ({@code dict.fromkeys}, {@code float.__getformat__}, {@code object.__subclasshook__}).
 */
final class PyClassMethodDescr extends PyObject implements PyDescriptor {
    static final PyType TYPE = PyType.builtin("classmethod_descriptor", PyClassMethodDescr.class);
    private final String name;
    private final BuiltinImpl impl;

    PyClassMethodDescr(String name, BuiltinImpl impl) {
        this.name = name;
        this.impl = impl;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        return new PyBuiltinFunction(name, impl, type != null ? type : obj.getType(), null);
    }
}
