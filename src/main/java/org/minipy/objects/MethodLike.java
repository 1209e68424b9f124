package org.minipy.objects;

/**
 * A callable that can take its {@code self} separately, so calling a method found on a type
 * need not allocate a bound method (Python functions implement it; the VM's fast path).
 */
public interface MethodLike {
    PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames);
}
