package org.minipy.objects;

/**
 * An exception instance: {@code BaseException} and every subclass, built-in or Python-defined,
 * share this layout. {@link PyException} carries it through Java.
 */
public class PyBaseException extends PyObject {
    /** The allocator shared by every exception type (so they all have one layout). */
    public static final PyType.Allocator ALLOCATOR = PyBaseException::new;

    private final PyType type;
    private PyTuple args = PyTuple.EMPTY;
    private PyDict dict;
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
        ExceptionInit.initSpecial(e, args);
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

    /** An attribute from the instance dict, or null (the special attributes of OSError etc.). */
    public PyObject attr(String name) {
        return dict == null ? null : dict.getItem(name);
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
