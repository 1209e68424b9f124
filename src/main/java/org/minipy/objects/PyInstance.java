package org.minipy.objects;

/** An instance of a Python class whose only built-in base is {@code object}. */
public class PyInstance extends PyObject {
    private final PyType type;
    private PyDict dict;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type == PyType.OBJECT ? null : new PyDict();
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        if (dict == null) {
            super.setDict(d);
        }
        dict = d;
    }
}
