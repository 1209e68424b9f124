package org.minipy.objects;

/**
 * A method of a built-in type as found in the type's dict ({@code list.append}): CPython's
 * {@code method_descriptor}, or {@code wrapper_descriptor} for a special method that exposes a
 * Java slot ({@code list.__len__}). Getting it through an instance binds it.
 */
public final class PyMethodDescr extends PyObject implements PyDescriptor {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyMethodDescr.class);

    private final PyType owner;
    private final String name;
    private final BuiltinImpl impl;
    /**
     * True for a special method that only forwards to the Java slot of the same meaning: then
     * {@link Abstract} may call the Java method directly instead of this wrapper.
     */
    private final boolean slotWrapper;

    public PyMethodDescr(PyType owner, String name, BuiltinImpl impl, boolean slotWrapper) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
        this.slotWrapper = slotWrapper;
    }

    public boolean isSlotWrapper() {
        return slotWrapper;
    }

    public String name() {
        return name;
    }

    public BuiltinImpl impl() {
        return impl;
    }

    public PyType owner() {
        return owner;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        return new PyBuiltinFunction(name, impl, obj, null);
    }

    /** Calling through the class: {@code list.append(xs, 1)}; args[0] must be an instance. */
    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw PyErr.typeError("unbound method %s.%s() needs an argument", owner.getName(), name);
        }
        if (!Abstract.isInstance(args[0], owner)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.getName(), args[0].getType().getName());
        }
        return impl.call(args, kwnames);
    }

    @Override
    public PyStr repr() {
        return PyStr.of((slotWrapper ? "<slot wrapper '" : "<method '") + name + "' of '"
                + owner.getName() + "' objects>");
    }

    @Override
    public PyObject getAttribute(String attr) {
        if (attr.equals("__name__") || attr.equals("__qualname__")) {
            return PyStr.of(attr.equals("__name__") ? name : owner.getName() + "." + name);
        }
        if (attr.equals("__objclass__")) {
            return owner;
        }
        return super.getAttribute(attr);
    }
}
