package org.minipy.objects;

/**
 * An exception instance: {@code BaseException} and every subclass, built-in or Python-defined,
 * share this layout. {@link PyException} carries it through Java.
 */
public class PyBaseException extends PyObject implements ClassAssignment.Target {
    /** The allocator shared by every exception type (so they all have one layout). */
    public static final PyType.Allocator ALLOCATOR = PyBaseException::new;

    private PyType type;

    /** {@code obj.__class__ = cls}, checked by {@link ClassAssignment}. */
    @Override
    public void setType(PyType t) {
        type = t;
    }
    private PyTuple args = PyTuple.EMPTY;
    PyDict dict;
    /** The values of the family's stored attributes ({@link ExceptionMembers}), made on first set. */
    private PyObject[] members;
    /** A traceback object (made by the VM) or null. */
    public PyObject traceback;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;

    public PyBaseException(PyType type) {
        this.type = type;
    }

    /** An instance of {@code type} with {@code args}, as {@code type(*args)} minus __init__. */
    public static PyBaseException create(PyType type, PyTuple args) {
        PyBaseException e = (PyBaseException) type.allocate();
        e.args = args;
        ExceptionMembers.init(e, args);
        return e;
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
    public void setDict(PyDict d) {
        dict = d;
    }

    public PyTuple args() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    /** A Java throwable carrying this exception, to {@code throw}. */
    public PyException toJava() {
        return new PyException(this);
    }

    /** Member {@code i} of the family's stored attributes, or null if unset. */
    PyObject member(int i) {
        return members == null ? null : members[i];
    }

    void setMember(int i, PyObject v) {
        if (members == null) {
            members = new PyObject[ExceptionMembers.count(type)];
        }
        members[i] = v;
    }

    /**
     * A stored attribute ({@code OSError.filename}, {@code NameError.name}, ...) or an instance
     * dict entry; null if unset.
     */
    public PyObject attr(String name) {
        int i = ExceptionMembers.index(type, name);
        if (i >= 0) {
            return member(i);
        }
        return dict == null ? null : dict.getItem(name);
    }

    /** Sets a stored attribute, or an instance dict entry for a name the family does not declare. */
    public void setAttr(String name, PyObject value) {
        int i = ExceptionMembers.index(type, name);
        if (i >= 0) {
            setMember(i, value);
        } else {
            getDict().setItem(name, value);
        }
    }

    @Override
    public PyStr str() {
        return ExceptionInit.str(this);
    }

    @Override
    public PyStr repr() {
        String name = type.getName();
        if (args.size() == 1) {
            return PyStr.of(name + "(" + Abstract.repr(args.get(0)).value() + ")");
        }
        return PyStr.of(name + Abstract.repr(args).value());
    }
}
