package org.minipy.objects;

/** A module: a name and a namespace dict ({@code module.__dict__} is its globals). */
public class PyModule extends PyObject implements ClassAssignment.Target {
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT, PyModule::new);

    private PyType type;

    /** {@code obj.__class__ = cls}, checked by {@link ClassAssignment}. */
    @Override
    public void setType(PyType t) {
        type = t;
    }
    private final PyDict dict;
    /** Made by {@code types.ModuleType(name)} rather than by the runtime: repr without "(built-in)". */
    private boolean fromPython;

    static {
        TYPE.put("__dict__", PyGetSetDescr.instanceDict(TYPE));
        // module.__init__(self, name, doc=None), cf. CPython's module___init___impl
        TYPE.def("__init__", (a, kw) -> {
            PyObject[] p = ArgParser.bind("module", java.util.Arrays.copyOfRange(a, 1, a.length), kw,
                    new String[] {"name", "doc"}, 0, 1);
            if (!(p[0] instanceof PyStr)) {
                throw PyErr.typeError("module() argument 'name' must be str, not %s", p[0].getType().getName());
            }
            PyModule m = (PyModule) a[0];
            m.fromPython = true;
            m.dict.setItem("__name__", p[0]);
            m.dict.setItem("__doc__", p[1] == null ? PyNone.None : p[1]);
            m.dict.setItem("__package__", PyNone.None);
            m.dict.setItem("__loader__", PyNone.None);
            m.dict.setItem("__spec__", PyNone.None);
            return PyNone.None;
        });
    }

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
        if (fromPython) {
            return PyStr.of("<module '" + name() + "'>");
        }
        return PyStr.of("<module '" + name() + "' (built-in)>");
    }
}
