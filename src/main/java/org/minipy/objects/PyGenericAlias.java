package org.minipy.objects;

/**
 * {@code types.GenericAlias}: what {@code list[int]} evaluates to (annotations use it). It
 * prints as {@code list[int]} and calling it makes an instance of the origin.
 */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtinInModule("GenericAlias", "types", PyType.OBJECT, null);

    private final PyType origin;
    private final PyTuple args;

    public PyGenericAlias(PyType origin, PyObject args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t && t.getType() == PyTuple.TYPE ? t : PyTuple.of(args);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static String argRepr(PyObject a) {
        if (a instanceof PyType t) {
            String m = t.moduleName();
            return m == null || m.equals("builtins") ? t.getQualName() : m + "." + t.getQualName();
        }
        if (a == PyEllipsis.Ellipsis) {
            return "...";
        }
        return Abstract.repr(a).value();
    }

    @Override
    public PyStr repr() {
        StringBuilder sb = new StringBuilder(argRepr(origin)).append('[');
        if (args.size() == 0) {
            sb.append("()");
        }
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(argRepr(args.get(i)));
        }
        return PyStr.of(sb.append(']').toString());
    }

    @Override
    public PyObject call(PyObject[] a, String[] kwnames) {
        return Abstract.call(origin, a, kwnames);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyGenericAlias o) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NotImplemented;
        }
        boolean eq = origin == o.origin && Abstract.eq(args, o.args);
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    @Override
    public long hash() {
        return origin.hash() ^ args.hash();
    }

    @Override
    public PyObject getAttribute(String name) {
        switch (name) {
            case "__origin__":
                return origin;
            case "__args__":
                return args;
            default:
                return super.getAttribute(name);
        }
    }

    /** Installs {@code cls[...]} on a built-in generic type. */
    static void install(PyType t) {
        t.put("__class_getitem__", new PyClassMethodDescr("__class_getitem__", (a, kw) -> {
            ArgParser.checkCount("__class_getitem__", Sequences.tail(a), kw, 1, 1);
            return new PyGenericAlias((PyType) a[0], a[1]);
        }));
    }
}
