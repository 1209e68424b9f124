package org.minipy.objects;

/** A module: a name and a namespace dict ({@code module.__dict__} is its globals). */
public class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT, PyModule::new);

    private final PyType type;
    private final PyDict dict;

    public PyModule(String name) {
        this(TYPE);
        dict.setItem("__name__", PyStr.of(name));
        dict.setItem("__doc__", PyNone.None);
        dict.setItem("__package__", PyNone.None);
        dict.setItem("__loader__", PyNone.None);
        dict.setItem("__spec__", PyNone.None);
    }

    public PyModule(PyType type) {
        this.type = type;
        this.dict = new PyDict();
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    /** The module's {@code __name__}, or "?" if it has none. */
    public String name() {
        PyObject n = dict.getItem("__name__");
        return n instanceof PyStr s ? s.value() : "?";
    }

    @Override
    public PyObject getAttribute(String name) {
        PyObject v = super.getAttribute(name);
        if (v != null) {
            return v;
        }
        return null;
    }

    @Override
    public PyStr repr() {
        PyObject file = dict.getItem("__file__");
        if (file instanceof PyStr f) {
            return PyStr.of("<module '" + name() + "' from '" + f.value() + "'>");
        }
        return PyStr.of("<module '" + name() + "' (built-in)>");
    }
}
