package org.minipy.objects;

/** {@code classmethod}: {@code __get__} binds the function to the class. */
public class PyClassMethod extends PyObject implements PyDescriptor, ClassAssignment.Target {
    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT, PyClassMethod::new);

    private PyType type;

    /** {@code obj.__class__ = cls}, checked by {@link ClassAssignment}. */
    @Override
    public void setType(PyType t) {
        type = t;
    }
    private PyDict dict;
    PyObject callable = PyNone.None;

    public PyClassMethod(PyType type) {
        this.type = type;
    }

    public static PyClassMethod of(PyObject f) {
        PyClassMethod c = new PyClassMethod(TYPE);
        c.callable = f;
        return c;
    }

    public PyObject function() {
        return callable;
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType t) {
        PyType cls = t != null ? t : obj.getType();
        // As 3.11's cm_descr_get: a callable with __get__ is bound through it.
        if (callable instanceof PyDescriptor d) {
            return d.descrGet(cls, cls.getType());
        }
        PyObject f = callable;
        String name = Abstract.lookupAttr(f, "__name__") instanceof PyStr s ? s.value() : "?";
        return new PyBuiltinFunction(name, (args, kw) -> Abstract.call(f, args, kw), cls, null);
    }

    @Override
    public PyStr repr() {
        return PyStr.of("<classmethod(" + Abstract.repr(callable).value() + ")>");
    }

    static {
        PyStaticMethod.installWrapper(TYPE, "classmethod");
    }
}
