package org.minipy.objects;

/** The methods of {@code object}, the defaults every class inherits. */
final class ObjectMethods {
    private ObjectMethods() {
    }

    static final PyBuiltinFunction OBJECT_NEW = new PyBuiltinFunction("__new__", (a, kw) -> {
        if (a.length == 0 || !(a[0] instanceof PyType cls)) {
            throw PyErr.typeError("object.__new__(X): X is not a type object");
        }
        if (cls.allocator() == null) {
            throw PyErr.typeError("cannot create '%s' instances", cls.getName());
        }
        checkNewArgs(cls, TypeCall.tail(a));
        return cls.allocate();
    });


    /** object.__new__ rejects arguments unless the class overrides __init__ (and not __new__). */
    static void checkNewArgs(PyType cls, PyObject[] args) {
        if (args.length == 0) {
            return;
        }
        PyObject init = cls.lookup("__init__");
        boolean initOverridden = init != PyType.OBJECT.getDict().getItem("__init__");
        boolean newOverridden = cls.lookup("__new__") != OBJECT_NEW;
        if (newOverridden || !initOverridden) {
            throw PyErr.typeError("%s() takes no arguments", cls.getName());
        }
    }

    static void install(PyType object) {
        object.put("__new__", OBJECT_NEW);
        object.slot("__init__", (a, kw) -> {
            PyType cls = a[0].getType();
            if (a.length > 1) {
                boolean initOverridden = cls.lookup("__init__") != object.getDict().getItem("__init__");
                boolean newOverridden = cls.lookup("__new__") != OBJECT_NEW;
                if (initOverridden || !newOverridden) {
                    throw PyErr.typeError("%s.__init__() takes exactly one argument (the instance to initialize)",
                            cls.getName());
                }
            }
            return PyNone.None;
        });
        object.slot("__repr__", (a, kw) -> a[0].repr());
        object.slot("__str__", (a, kw) -> Abstract.repr(a[0]));
        object.slot("__hash__", (a, kw) -> PyInt.of(a[0].hash()));
        object.slot("__format__", (a, kw) -> a[0].format(((PyStr) a[1]).value()));
        for (CompareOp op : CompareOp.values()) {
            object.slot(op.dunder, (a, kw) -> a[0].richCompare(a[1], op));
        }
        object.slot("__getattribute__", (a, kw) -> {
            String name = ArgParser.attrName(a[1]);
            PyObject v = Abstract.genericGetAttr(a[0], name);
            if (v == null) {
                throw Abstract.noAttribute(a[0], name);
            }
            return v;
        });
        object.slot("__setattr__", (a, kw) -> {
            Abstract.genericSetAttr(a[0], ArgParser.attrName(a[1]), a[2]);
            return PyNone.None;
        });
        object.slot("__delattr__", (a, kw) -> {
            Abstract.genericDelAttr(a[0], ArgParser.attrName(a[1]));
            return PyNone.None;
        });
        object.put("__class__", new PyGetSetDescr(object, "__class__", PyObject::getType, ObjectMethods::setClass));
        object.def("__getstate__", (a, kw) -> {
            // the instance dict is the state; None when there is nothing in it
            ArgParser.checkCount("__getstate__", TypeCall.tail(a), kw, 0, 0);
            PyDict d = a[0].getDict();
            return d == null || d.size() == 0 ? PyNone.None : d;
        });
        object.def("__reduce_ex__", (a, kw) -> Reduce.reduceEx(a[0], a, kw));
        object.def("__reduce__", (a, kw) -> {
            ScalarArgs.none("object.__reduce__", a, kw);
            return Reduce.reduce(a[0]);
        });
        object.def("__sizeof__", (a, kw) -> {
            ScalarArgs.none("object.__sizeof__", a, kw);
            return Reduce.sizeOf(a[0]);
        });
        object.put("__subclasshook__", new PyClassMethodDescr("__subclasshook__",
                (a, kw) -> PyNotImplemented.NotImplemented));
        object.def("__dir__", (a, kw) -> Dir.of(a[0]));
        object.put("__doc__", PyStr.of("The base class of the class hierarchy."));
        object.put("__init_subclass__", new PyBuiltinFunction("__init_subclass__", (a, kw) -> PyNone.None));
    }

    /**
     * {@code obj.__class__ = cls} (cf. object_set_class): only between mutable (Python) classes,
     * or between module types, and only when the two layouts agree
     * ({@link ClassAssignment#compatible}).
     */
    private static void setClass(PyObject o, PyObject value) {
        if (value == null) {
            throw PyErr.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType newto)) {
            throw PyErr.typeError("__class__ must be set to a class, not '%s' object", value.getType().getName());
        }
        PyType oldto = o.getType();
        boolean modules = newto.isSubtypeOf(PyModule.TYPE) && oldto.isSubtypeOf(PyModule.TYPE);
        if (!modules && (!newto.isHeap() || !oldto.isHeap())) {
            throw PyErr.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (!ClassAssignment.compatible(oldto, newto)) {
            throw PyErr.typeError("__class__ assignment: '%s' object layout differs from '%s'", newto.getName(),
                    oldto.getName());
        }
        if (!(o instanceof ClassAssignment.Target t)) {
            throw PyErr.notImplementedError("minipy: __class__ assignment is not supported for '%s' objects",
                    oldto.getName());
        }
        t.setType(newto);
    }
}
