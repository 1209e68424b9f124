package org.minipy.objects;

/**
 * A built-in function ({@code len}, {@code math.sqrt}) or a built-in method bound to its
 * {@code self} ({@code [].append}): CPython's {@code builtin_function_or_method}.
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyBuiltinFunction.class);

    static {
        // for dir() and introspection; reads go through getAttribute's switch
        for (String n : new String[] {"__name__", "__qualname__", "__self__", "__module__", "__text_signature__"}) {
            TYPE.put(n, new PyGetSetDescr(TYPE, n, o -> o.getAttribute(n), null));
        }
        TYPE.slot("__call__", (a, kw) -> a[0].call(Sequences.tail(a), kw));
    }

    private final String name;
    private final BuiltinImpl impl;
    /** The bound self, or {@code null} for a plain function. */
    private final PyObject self;
    /** The module name ({@code __module__}) for plain functions, may be {@code null}. */
    private final String module;

    public PyBuiltinFunction(String name, BuiltinImpl impl) {
        this(name, impl, null, null);
    }

    public PyBuiltinFunction(String name, String module, BuiltinImpl impl) {
        this(name, impl, null, module);
    }

    PyBuiltinFunction(String name, BuiltinImpl impl, PyObject self, String module) {
        this.name = name;
        this.impl = impl;
        this.self = self;
        this.module = module;
    }

    public String name() {
        return name;
    }

    public PyObject self() {
        return self;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (self == null) {
            return impl.call(args, kwnames);
        }
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return impl.call(full, kwnames);
    }

    @Override
    public PyStr repr() {
        if (self == null || self instanceof PyModule) {
            return PyStr.of("<built-in function " + name + ">");
        }
        return PyStr.of("<built-in method " + name + " of " + self.getType().getName()
                + " object at " + Abstract.addressOf(self) + ">");
    }

    @Override
    public PyObject getAttribute(String attr) {
        switch (attr) {
            case "__name__":
            case "__qualname__":
                return PyStr.of(name);
            case "__self__":
                return self == null ? PyNone.None : self;
            case "__module__":
                return module == null ? PyNone.None : PyStr.of(module);
            case "__text_signature__":
                return PyNone.None;
            default:
                return super.getAttribute(attr);
        }
    }
}
