package org.minipy.objects;

/**
 * Makes Python exceptions to throw: {@code throw PyErr.typeError("... %s ...", x)}. Formats use
 * {@link String#format}; messages must read exactly as CPython 3.11's.
 */
public final class PyErr {
    private PyErr() {
    }

    /** An exception of {@code type} with a single message argument. */
    public static PyException of(PyType type, String msg) {
        return new PyException(PyBaseException.create(type, new PyTuple(new PyObject[] {PyStr.of(msg)})));
    }

    /** An exception of {@code type} with the given args (possibly none). */
    public static PyException withArgs(PyType type, PyObject... args) {
        return new PyException(PyBaseException.create(type, new PyTuple(args)));
    }

    private static String fmt(String format, Object... args) {
        return args.length == 0 ? format : String.format(format, args);
    }

    public static PyException typeError(String format, Object... args) {
        return of(PyExc.TypeError, fmt(format, args));
    }

    public static PyException valueError(String format, Object... args) {
        return of(PyExc.ValueError, fmt(format, args));
    }

    public static PyException attributeError(String format, Object... args) {
        return of(PyExc.AttributeError, fmt(format, args));
    }

    public static PyException indexError(String format, Object... args) {
        return of(PyExc.IndexError, fmt(format, args));
    }

    /** KeyError's single argument is the key itself (its str is the key's repr). */
    public static PyException keyError(PyObject key) {
        return withArgs(PyExc.KeyError, key);
    }

    /** {@code NameError} with its {@code name} attribute (used for "Did you mean" hints). */
    public static PyException nameError(String name) {
        PyException e = of(PyExc.NameError, "name '" + name + "' is not defined");
        e.value.setAttr("name", PyStr.of(name));
        return e;
    }

    public static PyException zeroDivisionError(String format, Object... args) {
        return of(PyExc.ZeroDivisionError, fmt(format, args));
    }

    public static PyException overflowError(String format, Object... args) {
        return of(PyExc.OverflowError, fmt(format, args));
    }

    public static PyException runtimeError(String format, Object... args) {
        return of(PyExc.RuntimeError, fmt(format, args));
    }

    public static PyException recursionError(String format, Object... args) {
        return of(PyExc.RecursionError, fmt(format, args));
    }

    public static PyException notImplementedError(String format, Object... args) {
        return of(PyExc.NotImplementedError, fmt(format, args));
    }

    public static PyException importError(String format, Object... args) {
        return of(PyExc.ImportError, fmt(format, args));
    }

    public static PyException osError(String format, Object... args) {
        return of(PyExc.OSError, fmt(format, args));
    }

    public static PyException lookupError(String format, Object... args) {
        return of(PyExc.LookupError, fmt(format, args));
    }

    public static PyException unboundLocalError(String name) {
        return of(PyExc.UnboundLocalError,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    public static PyException memoryError() {
        return withArgs(PyExc.MemoryError);
    }

    /** {@code StopIteration(value)}, or a bare {@code StopIteration} when value is None. */
    public static PyException stopIteration(PyObject value) {
        return value == null || value == PyNone.None
                ? withArgs(PyExc.StopIteration) : withArgs(PyExc.StopIteration, value);
    }
}
