package org.minipy.objects;

/**
 * The Java carrier of a raised Python exception. The Python value is {@link #value}; no Java
 * stack trace is filled in (Python exceptions are frequent and their traceback is built from
 * Python frames, not Java ones).
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** True if the exception is an instance of {@code type} (or a subclass). */
    public boolean matches(PyType type) {
        return value.getType().isSubtypeOf(type);
    }

    @Override
    public String getMessage() {
        return value.getType().getName() + ": " + Abstract.str(value).value();
    }
}
