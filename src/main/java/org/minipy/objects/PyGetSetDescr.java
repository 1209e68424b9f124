package org.minipy.objects;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A computed attribute of a built-in type ({@code obj.__class__}, {@code e.args},
 * {@code f.__name__}): CPython's {@code getset_descriptor}. A data descriptor.
 */
public final class PyGetSetDescr extends PyObject implements PyDescriptor {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyGetSetDescr.class);

    private final PyType owner;
    private final String name;
    private final Function<PyObject, PyObject> getter;
    private final BiConsumer<PyObject, PyObject> setter;

    public PyGetSetDescr(PyType owner, String name, Function<PyObject, PyObject> getter,
                         BiConsumer<PyObject, PyObject> setter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /**
     * The {@code __dict__} attribute of {@code owner}'s instances (a class statement adds one
     * to a class whose bases have none, as CPython does); {@code obj.__dict__ = d} replaces it.
     */
    public static PyGetSetDescr instanceDict(PyType owner) {
        return new PyGetSetDescr(owner, "__dict__", o -> {
            PyDict d = o.getDict();
            if (d == null) {
                throw PyErr.attributeError("'%s' object has no attribute '__dict__'", o.getType().getName());
            }
            return d;
        }, (o, v) -> {
            if (v == null) {
                throw PyErr.typeError("cannot delete __dict__");
            }
            if (!(v instanceof PyDict d)) {
                throw PyErr.typeError("__dict__ must be set to a dictionary, not a '%s'", v.getType().getName());
            }
            o.setDict(d);
        });
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        check(obj);
        return getter.apply(obj);
    }

    /** The descriptor applies only to instances of the type that defines it. */
    private void check(PyObject obj) {
        PyType t = obj.getType();
        if (t != owner && !t.isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.getName(), t.getName());
        }
    }

    @Override
    public boolean isDataDescriptor() {
        return true;
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        if (setter == null) {
            throw PyErr.attributeError("attribute '%s' of '%s' objects is not writable", name, owner.getName());
        }
        check(obj);
        setter.accept(obj, value);
    }

    @Override
    public void descrDelete(PyObject obj) {
        descrSet(obj, null);
    }

    static {
        TYPE.put("__name__", new PyGetSetDescr(TYPE, "__name__", o -> PyStr.of(((PyGetSetDescr) o).name), null));
        TYPE.put("__objclass__", new PyGetSetDescr(TYPE, "__objclass__", o -> ((PyGetSetDescr) o).owner, null));
        TYPE.def("__get__", (a, kw) -> {
            ArgParser.checkCount("__get__", TypeCall.tail(a), kw, 1, 2);
            return ((PyGetSetDescr) a[0]).descrGet(a[1] == PyNone.None ? null : a[1], null);
        });
        TYPE.def("__set__", (a, kw) -> {
            ArgParser.checkCount("__set__", TypeCall.tail(a), kw, 2, 2);
            ((PyGetSetDescr) a[0]).descrSet(a[1], a[2]);
            return PyNone.None;
        });
    }

    @Override
    public PyStr repr() {
        return PyStr.of("<attribute '" + name + "' of '" + owner.getName() + "' objects>");
    }
}
