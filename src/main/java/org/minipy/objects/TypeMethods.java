package org.minipy.objects;

/** The methods of {@code type} itself ({@code cls.mro()}, {@code cls.__subclasses__()}, ...). */
final class TypeMethods {
    private TypeMethods() {
    }

    static void install(PyType type) {
        type.put("__new__", new PyBuiltinFunction("__new__", PyType::typeNewMethod));
        type.def("mro", (a, kw) -> new PyList(((PyType) a[0]).getMro()));
        // getsets for introspection (type.__dict__, dir(type)); reads go through getAttribute's switch
        for (String n : new String[] {"__name__", "__qualname__", "__bases__", "__mro__", "__base__",
            "__module__", "__dict__"}) {
            boolean writable = n.equals("__name__") || n.equals("__qualname__") || n.equals("__module__");
            type.put(n, new PyGetSetDescr(type, n, o -> o.getAttribute(n),
                    writable ? (o, v) -> o.setAttribute(n, v) : null));
        }
        for (String n : new String[] {"__basicsize__", "__itemsize__", "__flags__", "__dictoffset__",
            "__weakrefoffset__", "__text_signature__"}) {
            type.put(n, new PyGetSetDescr(type, n, o -> o.getAttribute(n), null));
        }
        for (String n : new String[] {"__annotations__", "__abstractmethods__"}) {
            type.put(n, new PyGetSetDescr(type, n, o -> o.getAttribute(n), (o, v) -> {
                if (v == null) {
                    o.delAttribute(n);
                } else {
                    o.setAttribute(n, v);
                }
            }));
        }
        type.def("__dir__", (a, kw) -> {
            ScalarArgs.none("type.__dir__", a, kw);
            return Dir.of(a[0]);
        });
        type.def("__subclasses__", (a, kw) -> {
            ScalarArgs.none(((PyType) a[0]).getName() + ".__subclasses__", a, kw);
            return ((PyType) a[0]).subclassList();
        });
        type.put("__prepare__", new PyClassMethodDescr("__prepare__", (a, kw) -> new PyDict()));
        type.slot("__repr__", (a, kw) -> a[0].repr());
        type.slot("__call__", (a, kw) -> a[0].call(TypeCall.tail(a), kw));
        type.def("__instancecheck__", (a, kw) -> PyBool.of(Abstract.isInstance(a[1], a[0])));
        type.def("__subclasscheck__", (a, kw) -> PyBool.of(Abstract.isSubclass(a[1], a[0])));
    }
}
