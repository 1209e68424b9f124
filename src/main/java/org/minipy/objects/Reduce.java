package org.minipy.objects;

/**
 * {@code object.__reduce_ex__} and {@code object.__reduce__}: the pickle protocol's default
 * description of an object (cf. CPython's {@code object___reduce_ex___impl},
 * {@code _common_reduce}, {@code reduce_newobj} and copyreg's {@code _reduce_ex}).
 *
 * <p>minipy has no copyreg module, so the reconstructors the result names
 * ({@code copyreg.__newobj__}, {@code copyreg.__newobj_ex__}, {@code copyreg._reconstructor})
 * are built-in functions made here with {@code __module__ == 'copyreg'}; they behave as
 * copyreg's, so {@code f, args, state = o.__reduce_ex__(2)[:3]; f(*args)} rebuilds the object.
 * A future copyreg module should export these same objects ({@link #NEWOBJ}, ...).
 */
public final class Reduce {
    private Reduce() {
    }

    /** {@code copyreg.__newobj__(cls, *args)}: {@code cls.__new__(cls, *args)}. */
    public static final PyBuiltinFunction NEWOBJ = new PyBuiltinFunction("__newobj__", "copyreg", (a, kw) -> {
        if (a.length == 0) {
            throw PyErr.typeError("__newobj__() missing 1 required positional argument: 'cls'");
        }
        return Abstract.call(Abstract.getAttr(a[0], "__new__"), a, kw);
    });

    /** {@code copyreg.__newobj_ex__(cls, args, kwargs)}: {@code cls.__new__(cls, *args, **kwargs)}. */
    public static final PyBuiltinFunction NEWOBJ_EX = new PyBuiltinFunction("__newobj_ex__", "copyreg", (a, kw) -> {
        ArgParser.checkCount("__newobj_ex__", a, kw, 3, 3);
        PyObject[] pos = Sequences.toArray(a[1]);
        PyDict kwargs = (PyDict) a[2];
        int n = kwargs.size();
        PyObject[] all = new PyObject[1 + pos.length + n];
        String[] names = new String[n];
        all[0] = a[0];
        System.arraycopy(pos, 0, all, 1, pos.length);
        int i = 0;
        PyObject it = kwargs.iter();
        for (PyObject k = it.next(); k != null; k = it.next(), i++) {
            names[i] = ((PyStr) k).value();
            all[1 + pos.length + i] = kwargs.getItem(k);
        }
        return Abstract.call(Abstract.getAttr(a[0], "__new__"), all, names);
    });

    /** {@code copyreg._reconstructor(cls, base, state)}: the protocol 0 and 1 rebuild. */
    public static final PyBuiltinFunction RECONSTRUCTOR = new PyBuiltinFunction("_reconstructor", "copyreg",
            (a, kw) -> {
                ArgParser.checkCount("_reconstructor", a, kw, 3, 3);
                PyObject cls = a[0], base = a[1], state = a[2];
                if (base == PyType.OBJECT) {
                    return ObjectMethods.OBJECT_NEW.call(new PyObject[] {cls}, null);
                }
                PyObject obj = Abstract.call(Abstract.getAttr(base, "__new__"), cls, state);
                PyObject init = ((PyType) base).lookup("__init__");
                if (init != PyType.OBJECT.getDict().getItem("__init__")) {
                    Abstract.call(Abstract.getAttr(base, "__init__"), obj, state);
                }
                return obj;
            });

    /** {@code object.__reduce_ex__(protocol)}. */
    static PyObject reduceEx(PyObject self, PyObject[] a, String[] kw) {
        ArgParser.noKeywords("object.__reduce_ex__", kw);
        if (a.length != 2) {
            throw PyErr.typeError("object.__reduce_ex__() takes exactly one argument (%d given)", a.length - 1);
        }
        int protocol = Abstract.index(a[1]).intValue();
        // a class that overrides __reduce__ decides for itself
        PyObject reduce = self.getType().lookup("__reduce__");
        if (reduce != null && reduce != PyType.OBJECT.getDict().getItem("__reduce__")) {
            return Abstract.callMethod(self, "__reduce__");
        }
        return commonReduce(self, protocol);
    }

    /** {@code object.__reduce__()}: protocol 0. */
    static PyObject reduce(PyObject self) {
        return commonReduce(self, 0);
    }

    private static PyObject commonReduce(PyObject self, int protocol) {
        return protocol >= 2 ? reduceNewobj(self) : reduceCopyreg(self, protocol);
    }

    /** Protocol 0 and 1 (copyreg._reduce_ex): rebuild from the nearest built-in base. */
    private static PyObject reduceCopyreg(PyObject self, int protocol) {
        PyType cls = self.getType();
        PyObject cl = Abstract.lookupAttr(self, "__class__");
        if (cl instanceof PyType c) {
            cls = c;
        }
        PyType base = PyType.OBJECT;
        for (PyType b : cls.getMro()) {
            if (!b.isHeap()) {
                base = b;
                break;
            }
        }
        PyObject state;
        if (base == PyType.OBJECT) {
            state = PyNone.None;
        } else {
            if (base == cls) {
                throw PyErr.typeError("cannot pickle '%s' object", cls.getName());
            }
            state = base.call(new PyObject[] {self}, null);
        }
        PyTuple args = new PyTuple(new PyObject[] {cls, base, state});
        PyObject dict = Abstract.callMethod(self, "__getstate__");
        if (Abstract.isTrue(dict)) {
            return new PyTuple(new PyObject[] {RECONSTRUCTOR, args, dict});
        }
        return new PyTuple(new PyObject[] {RECONSTRUCTOR, args});
    }

    /** Protocol 2 and later: {@code (copyreg.__newobj__, (cls, *args), state, listitems, dictitems)}. */
    private static PyObject reduceNewobj(PyObject self) {
        PyType type = self.getType();
        if (type.allocator() == null && type.lookup("__new__") == ObjectMethods.OBJECT_NEW) {
            throw PyErr.typeError("cannot pickle '%s' object", type.getName());
        }
        PyObject args = null, kwargs = null;
        PyObject ex = Abstract.lookupAttr(self, "__getnewargs_ex__");
        if (ex != null) {
            PyObject r = Abstract.call(ex);
            if (!(r instanceof PyTuple t)) {
                throw PyErr.typeError("__getnewargs_ex__ should return a tuple, not '%s'", r.getType().getName());
            }
            if (t.size() != 2) {
                throw PyErr.valueError("__getnewargs_ex__ should return a tuple of length 2, not %d", t.size());
            }
            args = t.get(0);
            kwargs = t.get(1);
            if (!(args instanceof PyTuple)) {
                throw PyErr.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                        args.getType().getName());
            }
            if (!(kwargs instanceof PyDict)) {
                throw PyErr.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                        kwargs.getType().getName());
            }
        } else {
            PyObject na = Abstract.lookupAttr(self, "__getnewargs__");
            if (na != null) {
                args = Abstract.call(na);
                if (!(args instanceof PyTuple)) {
                    throw PyErr.typeError("__getnewargs__ should return a tuple, not '%s'", args.getType().getName());
                }
            }
        }
        boolean hasArgs = args != null;
        PyObject newobj;
        PyTuple newargs;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            PyTuple t = hasArgs ? (PyTuple) args : new PyTuple(new PyObject[0]);
            PyObject[] items = new PyObject[t.size() + 1];
            items[0] = type;
            for (int i = 0; i < t.size(); i++) {
                items[i + 1] = t.get(i);
            }
            newobj = NEWOBJ;
            newargs = new PyTuple(items);
        } else {
            newobj = NEWOBJ_EX;
            newargs = new PyTuple(new PyObject[] {type, args, kwargs});
        }
        boolean isList = type.isSubtypeOf(PyList.TYPE), isDict = type.isSubtypeOf(PyDict.TYPE);
        PyObject state = getState(self, !(hasArgs || isList || isDict));
        PyObject listitems = isList ? Abstract.iter(self) : PyNone.None;
        PyObject dictitems = isDict ? Abstract.iter(Abstract.callMethod(self, "items")) : PyNone.None;
        return new PyTuple(new PyObject[] {newobj, newargs, state, listitems, dictitems});
    }

    /**
     * {@code object_getstate}: the object's {@code __getstate__()}; with the default one, an
     * object whose built-in part holds data that the state cannot carry is refused when
     * {@code required} (nothing else rebuilds that data).
     */
    private static PyObject getState(PyObject self, boolean required) {
        PyObject getstate = self.getType().lookup("__getstate__");
        if (required && getstate == PyType.OBJECT.getDict().getItem("__getstate__")) {
            PyType solid = self.getType();
            while (solid.isHeap()) {
                solid = solid.getBase();
            }
            if (solid != PyType.OBJECT && !solid.isSubtypeOf(PyExc.BaseException)) {
                throw PyErr.typeError("cannot pickle '%s' object", self.getType().getName());
            }
        }
        return Abstract.callMethod(self, "__getstate__");
    }

    /** {@code object.__sizeof__()}: a plausible size in bytes (CPython's numbers are its own). */
    static PyObject sizeOf(PyObject self) {
        long size = 16;
        if (self.getDict() != null) {
            size += 16;
        }
        int n = self instanceof PyType ? -1 : self.length();
        if (n > 0 && !(self instanceof PyInstance)) {
            size += 8L * n;
        }
        return PyInt.of(size);
    }
}
