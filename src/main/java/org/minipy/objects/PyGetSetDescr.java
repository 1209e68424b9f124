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

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        return obj == null ? this : getter.apply(obj);
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
        setter.accept(obj, value);
    }

    @Override
    public void descrDelete(PyObject obj) {
        descrSet(obj, null);
    }

    @Override
    public PyStr repr() {
        return PyStr.of("<attribute '" + name + "' of '" + owner.getName() + "' objects>");
    }
}
