package org.minipy.objects;

/** The methods of {@code type} itself ({@code cls.mro()}, {@code cls.__subclasses__()}, ...). */
final class TypeMethods {
    private TypeMethods() {
    }

    static void install(PyType type) {
        type.def("mro", (a, kw) -> new PyList(((PyType) a[0]).getMro()));
        type.slot("__repr__", (a, kw) -> a[0].repr());
        type.slot("__call__", (a, kw) -> a[0].call(TypeCall.tail(a), kw));
        type.def("__instancecheck__", (a, kw) -> PyBool.of(Abstract.isInstance(a[1], a[0])));
        type.def("__subclasscheck__", (a, kw) -> PyBool.of(Abstract.isSubclass(a[1], a[0])));
    }
}
