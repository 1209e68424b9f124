package org.minipy.objects;

import java.util.function.Supplier;

/**
 * {@code super(type, obj)}: attribute lookup along the MRO of {@code obj}'s class, starting
 * after {@code type}, binding what it finds to {@code obj} (CPython's {@code super_getattro}).
 *
 * <p>The zero-argument form needs the running frame, which only the interpreter knows; so each
 * interpreter's builtins binds {@code super} to its own subtype made by {@link #typeFor}, whose
 * {@code __new__} asks the interpreter for {@code (__class__, first argument)}.
 */
public class PySuper extends PyObject implements PyDescriptor {
    public static final PyType TYPE = PyType.builtin("super", PyType.OBJECT, null);

    private final PyType type;
    /** The class after which the search starts ({@code __thisclass__}). */
    final PyType thisClass;
    /** The bound object ({@code __self__}), or null for an unbound super. */
    final PyObject obj;
    /** The type whose MRO is searched ({@code __self_class__}). */
    final PyType objType;

    public PySuper(PyType type, PyType thisClass, PyObject obj) {
        this.type = type;
        this.thisClass = thisClass;
        this.obj = obj;
        this.objType = obj == null ? null : checkObj(thisClass, obj);
    }

    /** {@code super(thisClass, obj)} from Java. */
    public static PySuper of(PyType thisClass, PyObject obj) {
        return new PySuper(TYPE, thisClass, obj);
    }

    /** As CPython's supercheck: the type whose MRO is searched. */
    private static PyType checkObj(PyType t, PyObject obj) {
        if (obj instanceof PyType ot && ot.isSubtypeOf(t)) {
            return ot;
        }
        if (obj.getType().isSubtypeOf(t)) {
            return obj.getType();
        }
        PyObject cls = Abstract.lookupAttr(obj, "__class__");
        if (cls instanceof PyType ct && ct != obj.getType() && ct.isSubtypeOf(t)) {
            return ct;
        }
        throw PyErr.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /**
     * The {@code super} type of one interpreter: a subtype of {@link #TYPE} named "super" whose
     * zero-argument call takes {@code [__class__, self]} from {@code implicitArgs} (which throws
     * RuntimeError when there is no such frame).
     */
    public static PyType typeFor(Supplier<PyObject[]> implicitArgs) {
        PyType t = PyType.builtin("super", TYPE, null);
        t.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            PyType cls = (PyType) a[0];
            if (ArgParser.nkw(kw) > 0) {
                throw PyErr.typeError("super() takes no keyword arguments");
            }
            if (a.length == 1) {
                PyObject[] implicit = implicitArgs.get();
                return make(cls, implicit[0], implicit[1]);
            }
            return fromArgs(cls, TypeCall.tail(a));
        }));
        return t;
    }

    private static PyObject fromArgs(PyType cls, PyObject[] args) {
        if (args.length == 0) {
            throw PyErr.runtimeError("super(): no arguments");
        }
        if (args.length > 2) {
            throw PyErr.typeError("super() expected at most 2 arguments, got %d", args.length);
        }
        return make(cls, args[0], args.length == 2 ? args[1] : PyNone.None);
    }

    private static PyObject make(PyType cls, PyObject first, PyObject second) {
        if (!(first instanceof PyType t)) {
            throw PyErr.typeError("super() argument 1 must be a type, not %s", first.getType().getName());
        }
        return new PySuper(cls, t, second == PyNone.None ? null : second);
    }

    @Override
    public PyType getType() {
        return type;
    }

    /** The attribute {@code name} of the classes after {@link #thisClass}, bound; or null. */
    @Override
    public PyObject getAttribute(String name) {
        if (objType != null && !name.equals("__class__")) {
            PyType[] mro = objType.getMro();
            int i = 0;
            while (i < mro.length && mro[i] != thisClass) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].getDict().getItem(name);
                if (v != null) {
                    if (v instanceof PyDescriptor d) {
                        return d.descrGet(obj == objType ? null : obj, objType);
                    }
                    return v;
                }
            }
        }
        return Abstract.genericGetAttr(this, name);
    }

    @Override
    public PyObject descrGet(PyObject o, PyType t) {
        if (o == null || obj != null) {
            return this;
        }
        return new PySuper(type, thisClass, o);
    }

    @Override
    public PyStr repr() {
        String self = objType == null ? "NULL" : "<" + objType.getName() + " object>";
        return PyStr.of("<super: <class '" + thisClass.getName() + "'>, " + self + ">");
    }

    static {
        TYPE.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            if (ArgParser.nkw(kw) > 0) {
                throw PyErr.typeError("super() takes no keyword arguments");
            }
            return fromArgs((PyType) a[0], TypeCall.tail(a));
        }));
        TYPE.put("__thisclass__", new PyGetSetDescr(TYPE, "__thisclass__", o -> ((PySuper) o).thisClass, null));
        TYPE.put("__self__", new PyGetSetDescr(TYPE, "__self__", o -> orNone(((PySuper) o).obj), null));
        TYPE.put("__self_class__", new PyGetSetDescr(TYPE, "__self_class__",
                o -> orNone(((PySuper) o).objType), null));
        TYPE.slot("__repr__", (a, kw) -> a[0].repr());
        TYPE.def("__get__", (a, kw) -> {
            ArgParser.checkCount("", TypeCall.tail(a), kw, 1, 2); // CPython's message names no function
            PyObject o = a[1] == PyNone.None ? null : a[1];
            if (o == null && (a.length < 3 || a[2] == PyNone.None)) {
                throw PyErr.typeError("__get__(None, None) is invalid");
            }
            return ((PySuper) a[0]).descrGet(o, null);
        });
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.None : o;
    }
}
