package org.minipy.objects;

/** {@code staticmethod}: returns its function unchanged from {@code __get__}; callable (3.10+). */
public class PyStaticMethod extends PyObject implements PyDescriptor, PyStaticMethodLike, ClassAssignment.Target {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyType.OBJECT, PyStaticMethod::new);

    private PyType type;

    /** {@code obj.__class__ = cls}, checked by {@link ClassAssignment}. */
    @Override
    public void setType(PyType t) {
        type = t;
    }
    private PyDict dict;
    PyObject callable = PyNone.None;

    public PyStaticMethod(PyType type) {
        this.type = type;
    }

    public static PyStaticMethod of(PyObject f) {
        PyStaticMethod s = new PyStaticMethod(TYPE);
        s.callable = f;
        return s;
    }

    @Override
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
        return callable;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Abstract.call(callable, args, kwnames);
    }

    @Override
    public PyStr repr() {
        return PyStr.of("<staticmethod(" + Abstract.repr(callable).value() + ")>");
    }

    /** Installs the methods shared by staticmethod and classmethod. */
    static void installWrapper(PyType t, String name) {
        t.def("__init__", (a, kw) -> {
            ArgParser.noKeywords(name, kw);
            if (a.length != 2) {
                throw PyErr.typeError("%s expected 1 argument, got %d", name, a.length - 1);
            }
            if (a[0] instanceof PyStaticMethod s) {
                s.callable = a[1];
            } else {
                ((PyClassMethod) a[0]).callable = a[1];
            }
            copyAttrs(a[0], a[1]);
            return PyNone.None;
        });
        t.put("__dict__", PyGetSetDescr.instanceDict(t));
        t.put("__func__", new PyGetSetDescr(t, "__func__", PyStaticMethod::wrapped, null));
        t.put("__wrapped__", new PyGetSetDescr(t, "__wrapped__", PyStaticMethod::wrapped, null));
        t.put("__isabstractmethod__", new PyGetSetDescr(t, "__isabstractmethod__", o -> {
            PyObject v = Abstract.lookupAttr(wrapped(o), "__isabstractmethod__");
            return v == null ? PyBool.False : v;
        }, null));
        t.def("__get__", (a, kw) -> {
            ArgParser.checkCount("__get__", TypeCall.tail(a), kw, 1, 2);
            PyObject obj = a[1] == PyNone.None ? null : a[1];
            PyType owner = a.length > 2 && a[2] instanceof PyType ty ? ty : null;
            return ((PyDescriptor) a[0]).descrGet(obj, owner);
        });
    }

    private static PyObject wrapped(PyObject o) {
        return o instanceof PyStaticMethod s ? s.callable : ((PyClassMethod) o).callable;
    }

    /** As functools.update_wrapper does for the decorator: __name__, __qualname__, __doc__. */
    private static void copyAttrs(PyObject wrapper, PyObject f) {
        PyDict d = wrapper.getDict();
        for (String n : new String[] {"__module__", "__name__", "__qualname__", "__doc__"}) {
            PyObject v = Abstract.lookupAttr(f, n);
            if (v != null) {
                d.setItem(n, v);
            }
        }
    }

    static {
        installWrapper(TYPE, "staticmethod");
        TYPE.slot("__call__", (a, kw) -> a[0].call(TypeCall.tail(a), kw));
    }
}
