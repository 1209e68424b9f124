package org.minipy.objects;

/** A read-only view of a type's dict ({@code cls.__dict__}). */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy.class);

    private final PyDict dict;

    public PyMappingProxy(PyDict dict) {
        this.dict = dict;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject getItem(PyObject key) {
        return dict.getItem(key);
    }

    @Override
    public int length() {
        return dict.length();
    }

    @Override
    public Boolean contains(PyObject item) {
        return dict.contains(item);
    }

    @Override
    public PyObject iter() {
        return dict.iter();
    }

    @Override
    public PyObject getAttribute(String name) {
        // keys(), items(), values(), get() read through to the dict
        PyObject v = super.getAttribute(name);
        return v != null ? v : dict.getAttribute(name);
    }

    @Override
    public PyStr repr() {
        return PyStr.of("mappingproxy(" + dict.repr().value() + ")");
    }
}
