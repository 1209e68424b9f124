package org.minipy.objects;

/**
 * An instance of a Python class whose only built-in base is {@code object}. If its class defines
 * {@code __get__} (and {@code __set__} or {@code __delete__}), it is a descriptor: stored in a
 * class, it computes the attribute it is found under (a data descriptor before the instance dict).
 */
public class PyInstance extends PyObject implements PyDescriptor, ClassAssignment.Target {
    private PyType type;
    private PyDict dict;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type == PyType.OBJECT ? null : new PyDict();
    }

    @Override
    public PyType getType() {
        return type;
    }

    /** {@code obj.__class__ = cls}, checked by {@link ClassAssignment}. */
    @Override
    public void setType(PyType t) {
        type = t;
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

    @Override
    public PyObject descrGet(PyObject obj, PyType owner) {
        PyObject get = type.lookup("__get__");
        if (get == null) {
            return this;
        }
        PyObject instance = obj == null ? PyNone.None : obj;
        PyObject cls = owner != null ? owner : obj != null ? obj.getType() : PyNone.None;
        return Abstract.callSpecial(get, this, instance, cls);
    }

    @Override
    public boolean isDataDescriptor() {
        return type.lookup("__set__") != null || type.lookup("__delete__") != null;
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        PyObject set = type.lookup("__set__");
        if (set == null) {
            throw PyErr.attributeError("__set__");
        }
        Abstract.callSpecial(set, this, obj, value);
    }

    @Override
    public void descrDelete(PyObject obj) {
        PyObject del = type.lookup("__delete__");
        if (del == null) {
            throw PyErr.attributeError("__delete__");
        }
        Abstract.callSpecial(del, this, obj);
    }
}
