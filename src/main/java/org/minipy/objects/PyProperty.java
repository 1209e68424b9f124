package org.minipy.objects;

/**
 * {@code property}: a data descriptor calling {@code fget}/{@code fset}/{@code fdel}
 * (CPython's {@code Objects/descrobject.c}, property_*). {@code getter}/{@code setter}/
 * {@code deleter} return a copy with one function replaced, so they work as decorators.
 */
public class PyProperty extends PyObject implements PyDescriptor, ClassAssignment.Target {
    public static final PyType TYPE = PyType.builtin("property", PyType.OBJECT, PyProperty::new);

    private static final String[] PARAMS = {"fget", "fset", "fdel", "doc"};

    private PyType type;

    /** {@code obj.__class__ = cls}, checked by {@link ClassAssignment}. */
    @Override
    public void setType(PyType t) {
        type = t;
    }
    private PyDict dict;
    PyObject fget = PyNone.None;
    PyObject fset = PyNone.None;
    PyObject fdel = PyNone.None;
    PyObject doc = PyNone.None;
    /** Set by {@code __set_name__} when the class body binds it; used in error messages. */
    PyObject name;

    public PyProperty(PyType type) {
        this.type = type;
    }

    /** {@code property(fget, fset, fdel, doc)} from Java; pass null for absent parts. */
    public static PyProperty of(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        PyProperty p = new PyProperty(TYPE);
        p.init(fget, fset, fdel, doc);
        return p;
    }

    private void init(PyObject g, PyObject s, PyObject d, PyObject docArg) {
        fget = g == null ? PyNone.None : g;
        fset = s == null ? PyNone.None : s;
        fdel = d == null ? PyNone.None : d;
        doc = docArg == null ? PyNone.None : docArg;
        if (doc == PyNone.None && fget != PyNone.None) {
            PyObject fdoc = Abstract.lookupAttr(fget, "__doc__");
            if (fdoc != null) {
                doc = fdoc;
            }
        }
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (type != TYPE && dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    private PyException missing(PyObject obj, String what) {
        String owner = PyStr.quote(obj.getType().getName());
        PyObject n = name;
        if (n == null && fget != PyNone.None) {
            // Until a class statement calls __set_name__, the getter's name is the best guess.
            n = Abstract.lookupAttr(fget, "__name__");
        }
        if (n != null && n != PyNone.None) {
            return PyErr.attributeError("property %s of %s object has no %s",
                    Abstract.repr(n).value(), owner, what);
        }
        return PyErr.attributeError("property of %s object has no %s", owner, what);
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType t) {
        if (obj == null || obj == PyNone.None) {
            return this;
        }
        if (fget == PyNone.None) {
            throw missing(obj, "getter");
        }
        return Abstract.call(fget, obj);
    }

    @Override
    public boolean isDataDescriptor() {
        return true;
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        if (value == null) {
            descrDelete(obj);
            return;
        }
        if (fset == PyNone.None) {
            throw missing(obj, "setter");
        }
        Abstract.call(fset, obj, value);
    }

    @Override
    public void descrDelete(PyObject obj) {
        if (fdel == PyNone.None) {
            throw missing(obj, "deleter");
        }
        Abstract.call(fdel, obj);
    }

    /** A copy of this property (of the same type) with one accessor replaced. */
    private PyObject copyWith(PyObject g, PyObject s, PyObject d) {
        PyObject newDoc = doc;
        // A doc taken from the old getter follows the new getter (as CPython's property_copy).
        if (g != fget && fget != PyNone.None && doc == Abstract.lookupAttr(fget, "__doc__")) {
            newDoc = PyNone.None;
        }
        PyObject copy;
        if (type == TYPE) {
            PyProperty p = new PyProperty(TYPE);
            p.init(g, s, d, newDoc);
            copy = p;
        } else {
            copy = Abstract.call(type, g, s, d, newDoc);
        }
        if (copy instanceof PyProperty p) {
            p.name = name;
        }
        return copy;
    }

    @Override
    public PyStr repr() {
        return PyStr.of("<property object at " + Abstract.addressOf(this) + ">");
    }

    static {
        TYPE.def("__init__", (a, kw) -> {
            PyObject[] p = ArgParser.bind("property", TypeCall.tail(a), kw, PARAMS, 0, 0);
            ((PyProperty) a[0]).init(p[0], p[1], p[2], p[3]);
            return PyNone.None;
        });
        TYPE.def("__get__", (a, kw) -> {
            ArgParser.checkCount("__get__", TypeCall.tail(a), kw, 1, 2);
            PyObject obj = a[1];
            PyType owner = a.length > 2 && a[2] instanceof PyType t ? t : null;
            return ((PyProperty) a[0]).descrGet(obj == PyNone.None ? null : obj, owner);
        });
        TYPE.def("__set__", (a, kw) -> {
            ArgParser.checkCount("__set__", TypeCall.tail(a), kw, 2, 2);
            ((PyProperty) a[0]).descrSet(a[1], a[2]);
            return PyNone.None;
        });
        TYPE.def("__delete__", (a, kw) -> {
            ArgParser.checkCount("__delete__", TypeCall.tail(a), kw, 1, 1);
            ((PyProperty) a[0]).descrDelete(a[1]);
            return PyNone.None;
        });
        TYPE.def("__set_name__", (a, kw) -> {
            ArgParser.checkCount("__set_name__", TypeCall.tail(a), kw, 2, 2);
            ((PyProperty) a[0]).name = a[2];
            return PyNone.None;
        });
        TYPE.def("getter", (a, kw) -> {
            ArgParser.checkCount("getter", TypeCall.tail(a), kw, 1, 1);
            PyProperty p = (PyProperty) a[0];
            return p.copyWith(a[1], p.fset, p.fdel);
        });
        TYPE.def("setter", (a, kw) -> {
            ArgParser.checkCount("setter", TypeCall.tail(a), kw, 1, 1);
            PyProperty p = (PyProperty) a[0];
            return p.copyWith(p.fget, a[1], p.fdel);
        });
        TYPE.def("deleter", (a, kw) -> {
            ArgParser.checkCount("deleter", TypeCall.tail(a), kw, 1, 1);
            PyProperty p = (PyProperty) a[0];
            return p.copyWith(p.fget, p.fset, a[1]);
        });
        TYPE.put("fget", new PyGetSetDescr(TYPE, "fget", o -> ((PyProperty) o).fget, null));
        TYPE.put("fset", new PyGetSetDescr(TYPE, "fset", o -> ((PyProperty) o).fset, null));
        TYPE.put("fdel", new PyGetSetDescr(TYPE, "fdel", o -> ((PyProperty) o).fdel, null));
        TYPE.put("__isabstractmethod__", new PyGetSetDescr(TYPE, "__isabstractmethod__",
                o -> PyBool.of(((PyProperty) o).isAbstract()), null));
        TYPE.put("__doc__", new PyGetSetDescr(TYPE, "__doc__", o -> ((PyProperty) o).doc,
                (o, v) -> ((PyProperty) o).doc = v == null ? PyNone.None : v));
    }

    /** cf. property_get___isabstractmethod__: true if any accessor says it is abstract. */
    private boolean isAbstract() {
        for (PyObject f : new PyObject[] {fget, fset, fdel}) {
            if (f != null && f != PyNone.None) {
                PyObject v = Abstract.lookupAttr(f, "__isabstractmethod__");
                if (v != null && Abstract.isTrue(v)) {
                    return true;
                }
            }
        }
        return false;
    }
}
