package org.minipy.objects;

/**
 * A stored attribute of a built-in exception type ({@code StopIteration.value},
 * {@code OSError.errno}, {@code SyntaxError.lineno}, ...): CPython's {@code member_descriptor}
 * for a {@code T_OBJECT} member. The value lives in the exception's member array, not in its
 * {@code __dict__}; unset reads as None. A data descriptor.
 */
final class PyMemberDescr extends PyObject implements PyDescriptor {
    static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescr.class);

    private final PyType owner;
    private final String name;
    private final int index;

    PyMemberDescr(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private PyBaseException check(PyObject obj) {
        if (!(obj instanceof PyBaseException e) || !obj.getType().isSubtypeOf(owner)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.getName(), obj.getType().getName());
        }
        return e;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        PyObject v = check(obj).member(index);
        return v == null ? PyNone.None : v;
    }

    @Override
    public boolean isDataDescriptor() {
        return true;
    }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        check(obj).setMember(index, value);
    }

    @Override
    public void descrDelete(PyObject obj) {
        check(obj).setMember(index, null);
    }

    @Override
    public PyStr repr() {
        return PyStr.of("<member '" + name + "' of '" + owner.getName() + "' objects>");
    }

    static {
        TYPE.put("__name__", new PyGetSetDescr(TYPE, "__name__", o -> PyStr.of(((PyMemberDescr) o).name), null));
        TYPE.put("__objclass__", new PyGetSetDescr(TYPE, "__objclass__", o -> ((PyMemberDescr) o).owner, null));
    }
}
