package org.minipy.objects;

/**
 * The abstract object protocol (CPython's {@code Objects/abstract.c} and {@code object.c}):
 * every operation on an arbitrary object goes through here. Each operation first honours a
 * special method that a Python class defines ({@link #special}) and otherwise calls the
 * built-in behaviour, the Java method of {@link PyObject}.
 */
public final class Abstract {
    private Abstract() {
    }

    private static final PyObject NI = PyNotImplemented.NotImplemented;
    private static final PyObject[] NO_ARGS = new PyObject[0];

    // ---- special-method dispatch ---------------------------------------------------------------

    /**
     * The special method {@code name} that a Python class (a heap type) defines for {@code o},
     * or null when the object's behaviour is the built-in one (its type is built-in, or the
     * method it finds is a built-in slot wrapper, or there is none).
     */
    public static PyObject special(PyObject o, String name) {
        PyType t = o.getType();
        if (!t.isHeap()) {
            return null;
        }
        PyObject m = t.lookup(name);
        if (m == null || (m instanceof PyMethodDescr d && d.isSlotWrapper())) {
            return null;
        }
        return m;
    }

    /** Calls a special method found on the type of {@code self}: binds it, then calls. */
    public static PyObject callSpecial(PyObject method, PyObject self, PyObject... args) {
        if (method instanceof PyMethodDescr d) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = self;
            System.arraycopy(args, 0, full, 1, args.length);
            return d.impl().call(full, null);
        }
        if (method instanceof MethodLike f) {
            return f.callWithSelf(self, args, null);
        }
        PyObject bound = method instanceof PyDescriptor d ? d.descrGet(self, self.getType()) : method;
        return bound.call(args, null);
    }

    /** Looks up and calls {@code self.name(*args)}; AttributeError if absent. */
    public static PyObject callMethod(PyObject self, String name, PyObject... args) {
        return getAttr(self, name).call(args, null);
    }

    // ---- representation ----------------------------------------------------------------------

    public static PyStr repr(PyObject o) {
        PyObject m = special(o, "__repr__");
        if (m == null) {
            return o.repr();
        }
        PyObject r = callSpecial(m, o);
        if (r instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("__repr__ returned non-string (type %s)", r.getType().getName());
    }

    public static PyStr str(PyObject o) {
        if (o instanceof PyStr s && !o.getType().isHeap()) {
            return s;
        }
        PyObject m = special(o, "__str__");
        if (m == null) {
            return o.str();
        }
        PyObject r = callSpecial(m, o);
        if (r instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("__str__ returned non-string (type %s)", r.getType().getName());
    }

    /** {@code format(o, spec)}. */
    public static PyStr format(PyObject o, String spec) {
        PyObject m = special(o, "__format__");
        if (m == null) {
            return o.format(spec);
        }
        PyObject r = callSpecial(m, o, PyStr.of(spec));
        if (r instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("__format__ must return a str, not %s", r.getType().getName());
    }

    /** An address-like identity for default reprs: {@code 0x...}. */
    public static String addressOf(PyObject o) {
        return String.format("0x%012x", id(o));
    }

    /** {@code id(o)}: stable for the object's lifetime. */
    public static long id(PyObject o) {
        return 0x7f0000000000L + ((long) System.identityHashCode(o) << 4);
    }

    // ---- hashing, truth, comparison ----------------------------------------------------------

    public static long hash(PyObject o) {
        PyType t = o.getType();
        if (t.isHeap()) {
            PyObject m = t.lookup("__hash__");
            if (m == PyNone.None) {
                throw PyErr.typeError("unhashable type: '%s'", t.getName());
            }
            if (m != null && !(m instanceof PyMethodDescr d && d.isSlotWrapper())) {
                PyObject r = callSpecial(m, o);
                if (!(r instanceof PyInt i)) {
                    throw PyErr.typeError("__hash__ method should return an integer");
                }
                long h = i.hashValue();
                return h == -1 ? -2 : h;
            }
        }
        return o.hash();
    }

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.True) {
            return true;
        }
        if (o == PyBool.False || o == PyNone.None) {
            return false;
        }
        PyType t = o.getType();
        if (t.isHeap()) {
            PyObject m = special(o, "__bool__");
            if (m != null) {
                PyObject r = callSpecial(m, o);
                if (!(r instanceof PyBool b)) {
                    throw PyErr.typeError("__bool__ should return bool, returned %s", r.getType().getName());
                }
                return b == PyBool.True;
            }
            m = special(o, "__len__");
            if (m != null) {
                return lenResult(callSpecial(m, o)) > 0;
            }
        }
        if (o.hasBool()) {
            return o.isTrue();
        }
        int n = o.length();
        return n < 0 || n > 0;
    }

    public static PyObject not(PyObject o) {
        return isTrue(o) ? PyBool.False : PyBool.True;
    }

    /** {@code a op b} for a rich comparison, as CPython's {@code do_richcompare}. */
    public static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        PyType ta = a.getType(), tb = b.getType();
        if (ta == tb && !ta.isHeap()) {
            // same built-in type: no special methods and no reflected-first case; its own slot decides
            PyObject r = a.richCompare(b, op);
            if (r != NI) {
                return r;
            }
        }
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta) && special(b, op.swapped().dunder) != null;
        PyObject r;
        if (reflectedFirst) {
            r = compareOne(b, a, op.swapped());
            if (r != NI) {
                return r;
            }
        }
        r = compareOne(a, b, op);
        if (r != NI) {
            return r;
        }
        if (!reflectedFirst) {
            r = compareOne(b, a, op.swapped());
            if (r != NI) {
                return r;
            }
        }
        switch (op) {
            case EQ:
                return PyBool.of(a == b);
            case NE:
                return PyBool.of(a != b);
            default:
                throw PyErr.typeError("'%s' not supported between instances of '%s' and '%s'",
                        op.symbol, ta.getName(), tb.getName());
        }
    }

    /** One side of a comparison: the Python method if a class defines one, else the Java slot. */
    private static PyObject compareOne(PyObject a, PyObject b, CompareOp op) {
        PyObject m = special(a, op.dunder);
        if (m != null) {
            return callSpecial(m, a, b);
        }
        if (op == CompareOp.NE && a.getType().isHeap()) {
            // object.__ne__ inverts __eq__ unless that is NotImplemented
            PyObject eq = compareOne(a, b, CompareOp.EQ);
            return eq == NI ? NI : PyBool.of(!isTrue(eq));
        }
        return a.richCompare(b, op);
    }

    /** Comparison as a Java boolean; identity implies equality, as PyObject_RichCompareBool. */
    public static boolean richCompareBool(PyObject a, PyObject b, CompareOp op) {
        if (a == b) {
            if (op == CompareOp.EQ) {
                return true;
            }
            if (op == CompareOp.NE) {
                return false;
            }
        }
        PyObject r = richCompare(a, b, op);
        return r instanceof PyBool ? r == PyBool.True : isTrue(r);
    }

    public static boolean eq(PyObject a, PyObject b) {
        return richCompareBool(a, b, CompareOp.EQ);
    }

    // ---- numbers -----------------------------------------------------------------------------

    /** {@code a op b} for a {@link BinaryOps} code (0..12), as CPython's {@code binary_op1}. */
    public static PyObject binaryOp(PyObject a, PyObject b, int op) {
        PyObject r = binaryOpOrNI(a, b, op);
        if (r == NI) {
            throw unsupported(a, b, op);
        }
        return r;
    }

    private static PyObject binaryOpOrNI(PyObject a, PyObject b, int op) {
        PyType ta = a.getType(), tb = b.getType();
        if (ta != tb && tb.isSubtypeOf(ta) && special(b, BinaryOps.reflectedDunder(op)) != null) {
            PyObject r = reflectedOne(b, a, op);
            if (r != NI) {
                return r;
            }
            return forwardOne(a, b, op);
        }
        PyObject r = forwardOne(a, b, op);
        if (r != NI || ta == tb) {
            return r;
        }
        return reflectedOne(b, a, op);
    }

    private static PyObject forwardOne(PyObject a, PyObject b, int op) {
        PyObject m = a.getType().isHeap() ? special(a, BinaryOps.dunder(op)) : null;
        return m != null ? callSpecial(m, a, b) : a.binaryOp(op, b);
    }

    private static PyObject reflectedOne(PyObject b, PyObject a, int op) {
        PyObject m = b.getType().isHeap() ? special(b, BinaryOps.reflectedDunder(op)) : null;
        return m != null ? callSpecial(m, b, a) : b.reflectedOp(op, a);
    }

    /** {@code a op= b}: {@code __iop__} first, then the plain operator. op is the plain code. */
    public static PyObject inplaceOp(PyObject a, PyObject b, int op) {
        PyObject m = a.getType().isHeap() ? special(a, BinaryOps.inplaceDunder(op)) : null;
        PyObject r = m != null ? callSpecial(m, a, b) : a.inplaceOp(op, b);
        if (r != NI) {
            return r;
        }
        r = binaryOpOrNI(a, b, op);
        if (r == NI) {
            throw unsupported(a, b, op + BinaryOps.INPLACE);
        }
        return r;
    }

    private static PyException unsupported(PyObject a, PyObject b, int op) {
        String sym = BinaryOps.symbol(op);
        if (op % BinaryOps.INPLACE == BinaryOps.POWER && op < BinaryOps.INPLACE) {
            sym = "** or pow()";
        }
        if (op == BinaryOps.ADD || op == BinaryOps.ADD + BinaryOps.INPLACE) {
            // the sequence concatenation that str, list and tuple fall back to, as CPython's
            String seq = a instanceof PyStr ? "str" : a instanceof PyList ? "list" : a instanceof PyTuple ? "tuple" : null;
            if (seq != null && a.getType() == b.getType()) {
                seq = null;
            }
            if (seq != null) {
                return PyErr.typeError("can only concatenate %s (not \"%s\") to %s", seq, b.getType().getName(), seq);
            }
        }
        return PyErr.typeError("unsupported operand type(s) for %s: '%s' and '%s'",
                sym, a.getType().getName(), b.getType().getName());
    }

    public static PyObject negative(PyObject o) {
        PyObject m = special(o, "__neg__");
        return m != null ? callSpecial(m, o) : o.negative();
    }

    public static PyObject positive(PyObject o) {
        PyObject m = special(o, "__pos__");
        return m != null ? callSpecial(m, o) : o.positive();
    }

    public static PyObject invert(PyObject o) {
        PyObject m = special(o, "__invert__");
        return m != null ? callSpecial(m, o) : o.invert();
    }

    public static PyObject abs(PyObject o) {
        PyObject m = special(o, "__abs__");
        return m != null ? callSpecial(m, o) : o.abs();
    }

    /** {@code operator.index(o)}: an exact int, or TypeError. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        PyObject m = special(o, "__index__");
        if (m != null) {
            PyObject r = callSpecial(m, o);
            if (r instanceof PyInt i) {
                return i;
            }
            throw PyErr.typeError("__index__ returned non-int (type %s)", r.getType().getName());
        }
        PyInt r = o.index();
        if (r == null) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", o.getType().getName());
        }
        return r;
    }

    /** {@link #index} narrowed to a Java int; OverflowError as CPython's Py_ssize_t conversion. */
    public static int indexAsInt(PyObject o) {
        PyInt i = index(o);
        if (!i.fitsInt()) {
            throw PyErr.of(PyExc.IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return i.intValue();
    }

    // ---- containers and iteration ------------------------------------------------------------

    /** {@code len(o)}. */
    public static int len(PyObject o) {
        PyObject m = special(o, "__len__");
        if (m != null) {
            return lenResult(callSpecial(m, o));
        }
        int n = o.length();
        if (n < 0) {
            throw PyErr.typeError("object of type '%s' has no len()", o.getType().getName());
        }
        return n;
    }

    private static int lenResult(PyObject r) {
        PyInt i = index(r);
        if (i.signum() < 0) {
            throw PyErr.valueError("__len__() should return >= 0");
        }
        if (!i.fitsInt()) {
            throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return i.intValue();
    }

    public static PyObject getItem(PyObject o, PyObject key) {
        PyObject m = special(o, "__getitem__");
        if (m != null) {
            return callSpecial(m, o, key);
        }
        if (o instanceof PyType t && t != PyType.TYPE) {
            PyObject cg = t.getAttribute("__class_getitem__");
            if (cg != null) {
                return cg.call(new PyObject[] {key}, null);
            }
            throw PyErr.typeError("type '%s' is not subscriptable", t.getName());
        }
        return o.getItem(key);
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        PyObject m = special(o, "__setitem__");
        if (m != null) {
            callSpecial(m, o, key, value);
        } else {
            o.setItem(key, value);
        }
    }

    public static void delItem(PyObject o, PyObject key) {
        PyObject m = special(o, "__delitem__");
        if (m != null) {
            callSpecial(m, o, key);
        } else {
            o.delItem(key);
        }
    }

    /** {@code item in container}. */
    public static boolean contains(PyObject container, PyObject item) {
        PyObject m = special(container, "__contains__");
        if (m != null) {
            return isTrue(callSpecial(m, container, item));
        }
        Boolean r = container.contains(item);
        if (r != null) {
            return r;
        }
        PyObject it = iterOrNull(container);
        if (it == null) {
            throw PyErr.typeError("argument of type '%s' is not iterable", container.getType().getName());
        }
        for (PyObject x = next(it); x != null; x = next(it)) {
            if (x == item || eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    /** {@code iter(o)}. */
    public static PyObject iter(PyObject o) {
        PyObject it = iterOrNull(o);
        if (it == null) {
            throw PyErr.typeError("'%s' object is not iterable", o.getType().getName());
        }
        return it;
    }

    private static PyObject iterOrNull(PyObject o) {
        PyObject m = special(o, "__iter__");
        if (m != null) {
            if (m == PyNone.None) {
                return null;
            }
            PyObject it = callSpecial(m, o);
            if (it.getType().lookup("__next__") == null) {
                throw PyErr.typeError("iter() returned non-iterator of type '%s'", it.getType().getName());
            }
            return it;
        }
        PyObject it = o.iter();
        if (it != null) {
            return it;
        }
        if (special(o, "__getitem__") != null) {
            return new PySeqIter(o);
        }
        return null;
    }

    /** {@code next(it)}: the next value, or {@code null} when the iterator is exhausted. */
    public static PyObject next(PyObject it) {
        PyObject m = special(it, "__next__");
        if (m == null) {
            return it.next();
        }
        try {
            return callSpecial(m, it);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    // ---- calls -------------------------------------------------------------------------------

    /** Calls {@code f} in the vectorcall convention (see {@link PyObject#call}). */
    public static PyObject call(PyObject f, PyObject[] args, String[] kwnames) {
        PyObject m = special(f, "__call__");
        if (m != null) {
            if (m instanceof MethodLike ml) {
                return ml.callWithSelf(f, args, kwnames);
            }
            PyObject bound = m instanceof PyDescriptor d ? d.descrGet(f, f.getType()) : m;
            return bound.call(args, kwnames);
        }
        return f.call(args, kwnames);
    }

    /** Calls {@code f(*args)} with positional arguments only. */
    public static PyObject call(PyObject f, PyObject... args) {
        return call(f, args, null);
    }

    public static PyObject call0(PyObject f) {
        return call(f, NO_ARGS, null);
    }

    // ---- attributes --------------------------------------------------------------------------

    /** {@code getattr(o, name)}; AttributeError with CPython's message if absent. */
    public static PyObject getAttr(PyObject o, String name) {
        PyType t = o.getType();
        if (!t.isHeap()) {
            PyObject v = o.getAttribute(name);
            if (v == null) {
                throw noAttribute(o, name);
            }
            return v;
        }
        // A Python class: an AttributeError from the normal lookup (say, a property getter) gives
        // way to __getattr__; whatever __getattr__ raises is the caller's error, message and all.
        PyException missing = null;
        PyObject v;
        try {
            v = o.getAttribute(name);
        } catch (PyException e) {
            if (!e.matches(PyExc.AttributeError)) {
                throw e;
            }
            missing = e;
            v = null;
        }
        if (v != null) {
            return v;
        }
        PyObject ga = t.lookup("__getattr__");
        if (ga != null) {
            return callSpecial(ga, o, PyStr.of(name));
        }
        throw missing != null ? missing : noAttribute(o, name);
    }

    /** {@code getattr(o, name, None)} without the exception: null if absent. */
    public static PyObject lookupAttr(PyObject o, String name) {
        if (!o.getType().isHeap()) {
            return o.getAttribute(name);
        }
        try {
            return getAttr(o, name);
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    public static PyException noAttribute(PyObject o, String name) {
        o = o.attributeOwner();
        PyException e;
        if (o instanceof PyModule m) {
            e = PyErr.attributeError("module '%s' has no attribute '%s'", m.name(), name);
        } else if (o instanceof PyType t) {
            e = PyErr.attributeError("type object '%s' has no attribute '%s'", t.getName(), name);
        } else {
            e = PyErr.attributeError("'%s' object has no attribute '%s'", o.getType().getName(), name);
        }
        // name and obj, as CPython 3.10+ sets them (the traceback's "Did you mean" uses them)
        e.value.setAttr("name", PyStr.of(name));
        e.value.setAttr("obj", o);
        return e;
    }

    public static void setAttr(PyObject o, String name, PyObject value) {
        PyObject m = special(o, "__setattr__");
        if (m != null) {
            callSpecial(m, o, PyStr.of(name), value);
        } else {
            o.setAttribute(name, value);
        }
    }

    public static void delAttr(PyObject o, String name) {
        PyObject m = special(o, "__delattr__");
        if (m != null) {
            callSpecial(m, o, PyStr.of(name));
        } else {
            o.delAttribute(name);
        }
    }

    /** {@code object.__getattribute__}: data descriptors, the instance dict, then the class. */
    public static PyObject genericGetAttr(PyObject o, String name) {
        PyType t = o.getType();
        PyObject descr = t.lookup(name);
        if (descr instanceof PyDescriptor d && d.isDataDescriptor()) {
            return d.descrGet(o, t);
        }
        PyDict dict = o.getDict();
        if (dict != null) {
            PyObject v = dict.getItem(name);
            if (v != null) {
                return v;
            }
        }
        if (descr != null) {
            return descr instanceof PyDescriptor d ? d.descrGet(o, t) : descr;
        }
        return null;
    }

    /** {@code object.__setattr__}. */
    public static void genericSetAttr(PyObject o, String name, PyObject value) {
        PyType t = o.getType();
        PyObject descr = t.lookup(name);
        if (descr instanceof PyDescriptor d && d.isDataDescriptor()) {
            d.descrSet(o, value);
            return;
        }
        PyDict dict = o.getDict();
        if (dict != null) {
            dict.setItem(name, value);
            return;
        }
        if (descr != null) {
            throw PyErr.attributeError("'%s' object attribute '%s' is read-only", t.getName(), name);
        }
        throw PyErr.attributeError("'%s' object has no attribute '%s'", t.getName(), name);
    }

    /** {@code object.__delattr__}. */
    public static void genericDelAttr(PyObject o, String name) {
        PyType t = o.getType();
        PyObject descr = t.lookup(name);
        if (descr instanceof PyDescriptor d && d.isDataDescriptor()) {
            d.descrDelete(o);
            return;
        }
        PyDict dict = o.getDict();
        if (dict != null && dict.delItemIfPresent(name)) {
            return;
        }
        throw noAttribute(o, name);
    }

    // ---- types -------------------------------------------------------------------------------

    public static boolean isInstance(PyObject o, PyType t) {
        return o.getType().isSubtypeOf(t);
    }

    /** {@code isinstance(o, cls)} where cls may be a type or a tuple of them. */
    public static boolean isInstance(PyObject o, PyObject cls) {
        if (cls instanceof PyType t) {
            return isInstance(o, t);
        }
        if (cls instanceof PyTuple tup) {
            for (int i = 0; i < tup.size(); i++) {
                if (isInstance(o, tup.get(i))) {
                    return true;
                }
            }
            return false;
        }
        throw PyErr.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** {@code issubclass(c, cls)}. */
    public static boolean isSubclass(PyObject c, PyObject cls) {
        if (!(c instanceof PyType ct)) {
            throw PyErr.typeError("issubclass() arg 1 must be a class");
        }
        if (cls instanceof PyType t) {
            return ct.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tup) {
            for (int i = 0; i < tup.size(); i++) {
                if (isSubclass(c, tup.get(i))) {
                    return true;
                }
            }
            return false;
        }
        throw PyErr.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
}
