package org.minipy.objects;

/**
 * Built-in types that are outside minipy's subset ({@code complex}, {@code bytearray},
 * {@code memoryview}; see LANGUAGE.md). They exist so that using one gives an error naming it,
 * not a NameError, and {@code isinstance(x, complex)} still works (it is never true).
 */
public final class UnsupportedTypes {
    private UnsupportedTypes() {
    }

    public static final PyType COMPLEX = make("complex", "complex numbers are not supported by minipy");
    public static final PyType BYTEARRAY = make("bytearray", "bytearray is not supported by minipy");
    public static final PyType MEMORYVIEW = make("memoryview", "memoryview is not supported by minipy");

    private static PyType make(String name, String message) {
        PyType t = PyType.builtin(name, PyObject.class);
        t.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            throw PyErr.notImplementedError(message);
        }));
        return t;
    }
}
