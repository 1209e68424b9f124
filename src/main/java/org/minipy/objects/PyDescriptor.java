package org.minipy.objects;

/**
 * The descriptor protocol ({@code __get__}, {@code __set__}, {@code __delete__}) for the Java
 * types that take part in attribute lookup: functions, built-in method descriptors, property,
 * staticmethod, classmethod, and built-in attribute getters.
 */
public interface PyDescriptor {
    /** {@code __get__(obj, type)}; obj is {@code null} for access through the class. */
    PyObject descrGet(PyObject obj, PyType type);

    /** Data descriptors ({@code __set__} defined) take precedence over the instance dict. */
    default boolean isDataDescriptor() {
        return false;
    }

    default void descrSet(PyObject obj, PyObject value) {
        throw PyErr.attributeError("attribute is read-only");
    }

    default void descrDelete(PyObject obj) {
        throw PyErr.attributeError("attribute is read-only");
    }
}
