package org.minipy.objects;

/**
 * The Java body of a built-in function or method, in the vectorcall convention of
 * {@link PyObject#call}: positional arguments, then keyword values named by {@code kwnames}
 * (null or empty if none). For a method, {@code args[0]} is {@code self}.
 */
@FunctionalInterface
public interface BuiltinImpl {
    PyObject call(PyObject[] args, String[] kwnames);
}
