package org.minipy.objects;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python type: built-in ({@code int}, {@code list}; created once, immutable, shared by all
 * interpreters) or a heap type made by a {@code class} statement (mutable, owned by the
 * interpreter that ran the statement).
 *
 * <p>Attribute lookup through the MRO is cached per type; the cache of a type and of all its
 * subclasses is dropped when an attribute of the type changes (CPython's type version tags).
 */
public final class PyType extends PyObject {

    /** Makes an empty instance of a (sub)type whose solid base is this built-in type. */
    @FunctionalInterface
    public interface Allocator {
        PyObject allocate(PyType type);
    }

    /** Marks a cached lookup of a name that no class in the MRO has (initialised first). */
    private static final PyObject ABSENT = new PyObject() {
        @Override
        public PyType getType() {
            return OBJECT;
        }
    };

    /** {@code type}. Created first: every type's type. */
    public static final PyType TYPE = new PyType("type", null, new PyType[0], false, null, null);
    /** {@code object}, the root of every MRO. */
    public static final PyType OBJECT = new PyType("object", null, new PyType[0], false, PyInstance::new, null);

    static {
        // Bootstrap: type and object refer to each other, and dict's own type needs object.
        OBJECT.mro = new PyType[] {OBJECT};
        TYPE.bases = new PyType[] {OBJECT};
        TYPE.base = OBJECT;
        TYPE.mro = new PyType[] {TYPE, OBJECT};
        OBJECT.dict = new PyDict();
        TYPE.dict = new PyDict();
        ObjectMethods.install(OBJECT);
        TypeMethods.install(TYPE);
    }

    private String name;
    private String qualname;
    private final String javaModule;
    private PyType[] bases;
    /** The first base: the one whose instance layout this type extends. */
    private PyType base;
    private PyType[] mro;
    private PyDict dict;
    private final boolean heap;
    /** For types that can be instantiated by {@code object.__new__}-style allocation. */
    private final Allocator allocator;
    /**
     * MRO lookup results, {@link #ABSENT} for a name no class has. Concurrent because built-in
     * types are shared by interpreters that may run on several threads at once.
     */
    private final Map<String, PyObject> cache = new ConcurrentHashMap<>();
    /** Changes whenever the MRO lookup of any name may have changed (for the VM's inline caches). */
    private int version;
    /** The direct subclasses of a heap type (weak, as CPython's tp_subclasses). */
    private final WeakTypeList subclasses = new WeakTypeList();
    /** What a heap type adds to its base's instance layout (for {@code __class__} assignment). */
    private boolean addedDict, addedWeakref;

    private PyType(String name, String module, PyType[] bases, boolean heap, Allocator allocator,
                   PyDict dict) {
        this.name = name;
        this.qualname = name;
        this.javaModule = module;
        this.bases = bases;
        this.base = bases.length > 0 ? bases[0] : null;
        this.heap = heap;
        this.allocator = allocator;
        this.dict = dict;
    }

    // ---- construction ------------------------------------------------------------------------

    /** A built-in type deriving from {@code object} whose instances cannot be made by Python. */
    public static PyType builtin(String name, Class<? extends PyObject> javaClass) {
        return builtin(name, OBJECT, null);
    }

    /**
     * A built-in type with one base. {@code allocator} is non-null for types Python classes may
     * subclass (then their instances are made by it).
     */
    public static PyType builtin(String name, PyType base, Allocator allocator) {
        return builtinInModule(name, null, base, allocator);
    }

    /** A built-in type that lives in a module other than builtins ({@code module} for repr). */
    public static PyType builtinInModule(String name, String module, PyType base, Allocator allocator) {
        PyType t = new PyType(name, module, new PyType[] {base}, false, allocator, new PyDict());
        t.mro = linearMro(t, base);
        return t;
    }

    /**
     * A built-in type with several bases ({@code io.UnsupportedOperation} derives from OSError
     * and ValueError); its MRO is C3's, like a class statement's.
     */
    public static PyType builtinInModule(String name, String module, PyType[] bases, Allocator allocator) {
        PyType t = new PyType(name, module, bases.clone(), false, allocator, new PyDict());
        t.mro = Mro.c3(t, bases);
        return t;
    }

    private static PyType[] linearMro(PyType t, PyType base) {
        PyType[] m = new PyType[base.mro.length + 1];
        m[0] = t;
        System.arraycopy(base.mro, 0, m, 1, base.mro.length);
        return m;
    }

    /**
     * A class made by a {@code class} statement: {@code type(name, bases, dict)}. Computes the
     * C3 MRO and checks the bases, with CPython's errors.
     */
    public static PyType newHeapType(String name, PyType[] bases, PyDict ns) {
        if (bases.length == 0) {
            bases = new PyType[] {OBJECT};
        }
        for (PyType b : bases) {
            if (b == TYPE) {
                throw PyErr.notImplementedError("metaclasses other than type are not supported");
            }
            if (b.allocator == null) {
                throw PyErr.typeError("type '%s' is not an acceptable base type", b.getName());
            }
        }
        if (ns.getItem("__slots__") != null) {
            throw PyErr.notImplementedError("__slots__ is not supported by minipy");
        }
        PyType solid = solidBase(bases);
        PyType t = new PyType(name, null, bases.clone(), true, solid.allocator, new PyDict());
        t.base = bestBase(bases, solid);
        t.mro = Mro.c3(t, bases);
        t.dict.update(ns);
        PyObject qn = ns.getItem("__qualname__");
        if (qn instanceof PyStr s) {
            t.qualname = s.value();
            t.dict.delItemIfPresent("__qualname__");
        }
        t.addInstanceDescriptors();
        t.setNames();
        if (ns.getItem("__doc__") == null) {
            t.dict.setItem("__doc__", PyNone.None);
        }
        // A class that defines __eq__ but not __hash__ is unhashable, as in CPython.
        if (ns.getItem("__eq__") != null && ns.getItem("__hash__") == null) {
            t.dict.setItem("__hash__", PyNone.None);
        }
        // A heap base records its subclasses itself (they also reach its subclasses' caches);
        // built-in types are shared by all interpreters, so the interpreter running this class
        // statement records the classes derived from them (cf. CPython 3.12's per-interpreter
        // tp_subclasses of static types).
        TypeState state = TypeState.current();
        for (PyType b : bases) {
            if (b.heap) {
                b.subclasses.add(t);
            } else if (state != null) {
                state.addSubclass(b, t);
            }
        }
        return t;
    }

    /**
     * As CPython's type_new: {@code __dict__} when no base provides instance dicts, and
     * {@code __weakref__} when no base has it and the layout can take it (not the variable-size
     * int, bytes and tuple, nor set, frozenset and module, which have their own). minipy has no weak
     * references from Python, so {@code __weakref__} is always None.
     */
    private void addInstanceDescriptors() {
        boolean hasDict = false, hasWeakref = false;
        for (int i = 1; i < mro.length; i++) {
            hasDict |= mro[i].dict.getItem("__dict__") != null;
            hasWeakref |= mro[i].dict.getItem("__weakref__") != null;
        }
        if (!hasDict) {
            dict.setItem("__dict__", PyGetSetDescr.instanceDict(this));
            addedDict = true;
        }
        PyType solid = solid();
        if (!hasWeakref && solid != PyInt.TYPE && solid != PyBytes.TYPE && solid != PyTuple.TYPE
                && solid != PySet.TYPE && solid != PySet.FROZENSET_TYPE && solid != PyModule.TYPE) {
            dict.setItem("__weakref__", new PyGetSetDescr(this, "__weakref__", o -> PyNone.None, null));
            addedWeakref = true;
        }
    }

    /**
     * Calls {@code super(cls, cls).__init_subclass__(**kwds)} (type_new's last step); kwds are
     * the class statement's keywords, or type()'s.
     */
    public void initSubclass(PyObject[] values, String[] names) {
        String[] kw = names.length == 0 ? null : names;
        for (int i = 1; i < mro.length; i++) {
            PyObject d = mro[i].dict.getItem("__init_subclass__");
            if (d == null) {
                continue;
            }
            if (d instanceof MethodLike m) {
                // a Python function: an implicit classmethod, as type_new makes it
                m.callWithSelf(this, values, kw);
            } else if (mro[i] == OBJECT) {
                if (names.length > 0) {
                    throw PyErr.typeError("%s.__init_subclass__() takes no keyword arguments", name);
                }
            } else if (d instanceof PyDescriptor desc) {
                Abstract.call(desc.descrGet(null, this), values, kw);
            } else {
                Abstract.call(d, values, kw);
            }
            return;
        }
    }

    /** Calls {@code value.__set_name__(cls, name)} for each attribute that defines it (cf. type_new_set_names). */
    private void setNames() {
        java.util.List<PyObject> keys = new java.util.ArrayList<>();
        PyObject it = dict.iter();
        for (PyObject k = it.next(); k != null; k = it.next()) {
            keys.add(k);
        }
        for (PyObject k : keys) {
            PyObject v = dict.getItem(k);
            PyObject m = v == null ? null : Abstract.special(v, "__set_name__");
            if (m == null) {
                continue;
            }
            try {
                Abstract.callSpecial(m, v, this, k);
            } catch (PyException e) {
                PyException r = PyErr.runtimeError("Error calling __set_name__ on '%s' instance %s in '%s'",
                        v.getType().getName(), Abstract.repr(k).value(), name);
                r.value.cause = e.value;
                r.value.suppressContext = true;
                throw r;
            }
        }
    }

    /** The most derived built-in layout among the bases; they must all lie on one line. */
    private static PyType solidBase(PyType[] bases) {
        PyType winner = null;
        for (PyType b : bases) {
            PyType s = b.solid();
            if (winner == null || s.isSubtypeOf(winner)) {
                winner = s;
            } else if (!winner.isSubtypeOf(s)) {
                throw PyErr.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }

    /**
     * The base whose layout the new class extends (cf. best_base): the first of the bases
     * whose solid base is the winning one, so {@code class C(A, int)} has {@code __base__} int.
     */
    private static PyType bestBase(PyType[] bases, PyType solid) {
        for (PyType b : bases) {
            if (b.solid() == solid) {
                return b;
            }
        }
        return bases[0];
    }

    /** The nearest built-in type in the base chain whose allocator makes our instances. */
    private PyType solid() {
        PyType t = this;
        while (t.heap) {
            t = t.base;
        }
        // Exceptions share one layout: any built-in exception is "solid" only as BaseException.
        while (t.base != null && t.base.allocator == t.allocator) {
            t = t.base;
        }
        return t;
    }

    // ---- accessors ---------------------------------------------------------------------------

    @Override
    public PyType getType() {
        return TYPE;
    }

    public String getName() {
        return name;
    }

    public String getQualName() {
        return qualname;
    }

    /** A counter bumped whenever an attribute of this type or of a base changes. */
    public int version() {
        return version;
    }

    public boolean isHeap() {
        return heap;
    }

    /** True for a heap type that added {@code __dict__} to its base's instances. */
    boolean addedDict() {
        return addedDict;
    }

    /** True for a heap type that added {@code __weakref__} to its base's instances. */
    boolean addedWeakref() {
        return addedWeakref;
    }

    public PyType[] getBases() {
        return bases;
    }

    public PyType getBase() {
        return base;
    }

    public PyType[] getMro() {
        return mro;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    public Allocator allocator() {
        return allocator;
    }

    /** The {@code __module__} of this type, e.g. "builtins" or "__main__". */
    public String moduleName() {
        if (!heap) {
            return javaModule == null ? "builtins" : javaModule;
        }
        PyObject m = dict.getItem("__module__");
        return m instanceof PyStr s ? s.value() : null;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    // ---- defining built-in types (only during static initialisation) -----------------------

    /** Adds a method to a built-in type's dict. */
    public PyType def(String name, BuiltinImpl impl) {
        dict.setItem(name, new PyMethodDescr(this, name, impl, false));
        return this;
    }

    /** Adds a special method that forwards to the Java slot of the same meaning. */
    public PyType slot(String name, BuiltinImpl impl) {
        dict.setItem(name, new PyMethodDescr(this, name, impl, true));
        return this;
    }

    /** Adds any attribute (a constant, a property, a static method) to a built-in type. */
    public PyType put(String name, PyObject value) {
        dict.setItem(name, value);
        return this;
    }

    // ---- lookup ----------------------------------------------------------------------------

    /** {@code _PyType_Lookup}: the attribute from the first class in the MRO that has it, or null. */
    public PyObject lookup(String attr) {
        PyObject v = cache.get(attr);
        if (v != null) {
            return v == ABSENT ? null : v;
        }
        for (PyType t : mro) {
            v = t.dict.getItem(attr);
            if (v != null) {
                break;
            }
        }
        cache.put(attr, v == null ? ABSENT : v);
        return v;
    }

    /**
     * {@code cls.__subclasses__()}: the direct subclasses still alive, oldest first. A heap type
     * keeps its own; a built-in type has its built-in subclasses ({@code int}: {@code bool})
     * followed by the classes the current interpreter derived from it ({@link TypeState}).
     */
    public PyList subclassList() {
        PyList out = new PyList();
        if (!heap) {
            for (PyType s : StaticSubclasses.of(this)) {
                out.append(s);
            }
            TypeState state = TypeState.current();
            if (state != null) {
                for (PyType s : state.subclasses(this)) {
                    out.append(s);
                }
            }
            return out;
        }
        for (PyType s : subclasses.live()) {
            out.append(s);
        }
        return out;
    }

    /** Drops the lookup caches of this type and every subclass (an attribute changed). */
    private void invalidate() {
        cache.clear();
        version++;
        for (PyType s : subclasses.live()) {
            s.invalidate();
        }
    }

    // ---- type's own behaviour ----------------------------------------------------------------

    /** {@code type.__getattribute__}: the metatype's data descriptors, then the MRO, then the metatype. */
    @Override
    public PyObject getAttribute(String attr) {
        switch (attr) {
            case "__name__": return PyStr.of(name);
            case "__qualname__": return PyStr.of(qualname);
            case "__mro__": return new PyTuple(mro.clone());
            case "__bases__": return new PyTuple(bases.clone());
            case "__base__": return base == null ? PyNone.None : base;
            case "__dict__": return new PyMappingProxy(dict);
            case "__module__": {
                String m = moduleName();
                return m == null ? PyNone.None : PyStr.of(m);
            }
            // the metatype's other data descriptors, which win over the class's own attributes
            case "__annotations__": return annotations();
            case "__abstractmethods__": {
                PyObject v = this == TYPE ? null : dict.getItem(attr);
                if (v == null) {
                    throw PyErr.attributeError(attr);
                }
                return v;
            }
            case "__basicsize__": return TypeLayout.basicsize(this);
            case "__itemsize__": return TypeLayout.itemsize(this);
            case "__dictoffset__": return TypeLayout.dictoffset(this);
            case "__weakrefoffset__": return TypeLayout.weakrefoffset(this);
            case "__flags__": return TypeLayout.flags(this);
            case "__text_signature__": return TypeLayout.textSignature(this);
            default:
                break;
        }
        PyObject v = lookup(attr);
        if (v != null) {
            if (v instanceof PyDescriptor d) {
                return d.descrGet(null, this);
            }
            return v;
        }
        PyObject meta = TYPE.lookup(attr);
        if (meta != null) {
            return meta instanceof PyDescriptor d ? d.descrGet(this, TYPE) : meta;
        }
        return null;
    }

    /** cf. type_get_annotations: a class's own {@code __annotations__}, made empty on first use. */
    private PyObject annotations() {
        if (!heap) {
            throw PyErr.attributeError("type object '%s' has no attribute '__annotations__'", name);
        }
        PyObject a = dict.getItem("__annotations__");
        if (a == null) {
            a = new PyDict();
            dict.setItem("__annotations__", a);
            invalidate();
        } else if (a instanceof PyDescriptor d) {
            a = d.descrGet(null, this);
        }
        return a;
    }

    @Override
    public void setAttribute(String attr, PyObject value) {
        if (!heap) {
            throw PyErr.typeError("cannot set '%s' attribute of immutable type '%s'", attr, name);
        }
        switch (attr) {
            case "__name__":
                if (!(value instanceof PyStr s)) {
                    throw PyErr.typeError("can only assign string to %s.__name__, not '%s'",
                            name, value.getType().getName());
                }
                name = s.value();
                return;
            case "__qualname__":
                if (!(value instanceof PyStr q)) {
                    throw PyErr.typeError("can only assign string to %s.__qualname__, not '%s'",
                            name, value.getType().getName());
                }
                qualname = q.value();
                return;
            default:
                dict.setItem(attr, value);
                invalidate();
        }
    }

    @Override
    public void delAttribute(String attr) {
        if (!heap) {
            throw PyErr.typeError("cannot set '%s' attribute of immutable type '%s'", attr, name);
        }
        if (!dict.delItemIfPresent(attr)) {
            throw PyErr.attributeError("type object '%s' has no attribute '%s'", name, attr);
        }
        invalidate();
    }

    /** Calling a type makes an instance: {@code __new__} then {@code __init__}. */
    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (this == TYPE) {
            int nkw = kwnames == null ? 0 : kwnames.length;
            if (args.length == 1 && nkw == 0) {
                return args[0].getType();
            }
            if (args.length - nkw != 3) {
                throw PyErr.typeError("type() takes 1 or 3 arguments");
            }
            return typeNew(args, kwnames);
        }
        return TypeCall.call(this, args, kwnames);
    }

    /** {@code type(name, bases, dict, **kwds)}: the class, its {@code __init_subclass__} called. */
    private static PyType typeNew(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        PyType t = newFromCall(args[0], args[1], args[2]);
        t.initSubclass(java.util.Arrays.copyOfRange(args, 3, args.length),
                nkw == 0 ? new String[0] : kwnames);
        return t;
    }

    /** {@code type.__new__(metatype, name, bases, dict, **kwds)}. */
    static PyObject typeNewMethod(PyObject[] a, String[] kw) {
        if (a.length == 0) {
            throw PyErr.typeError("type.__new__(): not enough arguments");
        }
        if (!(a[0] instanceof PyType meta)) {
            throw PyErr.typeError("type.__new__(X): X is not a type object (%s)", a[0].getType().getName());
        }
        if (!meta.isSubtypeOf(TYPE)) {
            throw PyErr.typeError("type.__new__(%s): %s is not a subtype of type", meta.getName(), meta.getName());
        }
        int npos = a.length - 1 - (kw == null ? 0 : kw.length);
        if (npos != 3) {
            throw PyErr.typeError("type.__new__() takes exactly 3 arguments (%d given)", npos);
        }
        return typeNew(java.util.Arrays.copyOfRange(a, 1, a.length), kw);
    }

    /** {@code type(name, bases, dict)}: a new class made without a class statement. */
    private static PyType newFromCall(PyObject name, PyObject bases, PyObject dict) {
        if (!(name instanceof PyStr n)) {
            throw PyErr.typeError("type.__new__() argument 1 must be str, not %s", name.getType().getName());
        }
        if (!(bases instanceof PyTuple b)) {
            throw PyErr.typeError("type.__new__() argument 2 must be tuple, not %s", bases.getType().getName());
        }
        if (!(dict instanceof PyDict d)) {
            throw PyErr.typeError("type.__new__() argument 3 must be dict, not %s", dict.getType().getName());
        }
        PyType[] bt = new PyType[b.size()];
        for (int i = 0; i < bt.length; i++) {
            if (!(b.get(i) instanceof PyType t)) {
                throw PyErr.typeError("bases must be types");
            }
            bt[i] = t;
        }
        PyDict ns = new PyDict();
        ns.update(d);
        if (ns.getItem("__module__") == null) {
            // cf. type_new_set_module: the module of the code that called type()
            PyDict globals = TypeState.currentGlobals();
            PyObject m = globals == null ? null : globals.getItem("__name__");
            if (m != null) {
                ns.setItem("__module__", m);
            }
        }
        return newHeapType(n.value(), bt, ns);
    }

    @Override
    public PyStr repr() {
        String m = moduleName();
        if (m == null || m.equals("builtins")) {
            return PyStr.of("<class '" + qualname + "'>");
        }
        return PyStr.of("<class '" + m + "." + qualname + "'>");
    }

    /** Used by {@code object.__new__} and subclass allocation. */
    public PyObject allocate() {
        return allocator.allocate(this);
    }

    void setMro(PyType[] mro) {
        this.mro = mro;
    }
}
