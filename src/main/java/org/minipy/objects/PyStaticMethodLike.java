package org.minipy.objects;

/** A staticmethod wrapper: {@code __new__} defined in a class is implicitly one. */
public interface PyStaticMethodLike {
    PyObject function();
}
