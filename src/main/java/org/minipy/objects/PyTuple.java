package org.minipy.objects;

import java.util.ArrayList;
import java.util.Arrays;

/** {@code tuple}: an immutable array. Python classes may subclass it (namedtuple does). */
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyType.OBJECT, t -> ofType(t, new PyObject[0]));
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    /*
     * An exact tuple is its items alone (16 bytes besides the array): programs make millions of
     * them (dict items, sort keys, multiple return values). The type and instance dict of a
     * Python subclass's tuples live in {@link Sub}.
     */
    private final PyObject[] items;

    /** Takes ownership of {@code items}: the caller must not change the array afterwards. */
    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** A tuple of {@code type} (tuple or a Python subclass of it); takes ownership of {@code items}. */
    public static PyTuple ofType(PyType type, PyObject[] items) {
        return type == TYPE ? new PyTuple(items) : new Sub(type, items);
    }

    /** A tuple of a Python subclass of tuple: its class and instance dict. */
    private static final class Sub extends PyTuple implements ClassAssignment.Target {
        private PyType type;
        private PyDict dict;

        Sub(PyType type, PyObject[] items) {
            super(items);
            this.type = type;
        }

        /** {@code obj.__class__ = cls}, checked by {@link ClassAssignment}. */
        @Override
        public void setType(PyType t) {
            type = t;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }
    }

    private boolean isExact() {
        return getClass() == PyTuple.class;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /** {@code tuple(iterable)}. */
    public static PyTuple fromIterable(PyObject iterable) {
        if (iterable instanceof PyTuple t && t.isExact()) {
            return t;
        }
        if (iterable instanceof PyList l && l.getType() == PyList.TYPE) {
            return of(l.toArray());
        }
        return of(Sequences.toArray(iterable));
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** The backing array; callers must not modify it. */
    public PyObject[] items() {
        return items;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        return null;
    }

    @Override
    public int length() {
        return items.length;
    }

    @Override
    public PyStr repr() {
        if (items.length == 0) {
            return PyStr.of("()");
        }
        if (!Sequences.reprEnter(this)) {
            return PyStr.of("(...)");
        }
        try {
            if (items.length == 1) {
                return PyStr.of("(" + Abstract.repr(items[0]).value() + ",)");
            }
            return PyStr.of(Sequences.joinRepr(items, items.length, "(", ")"));
        } finally {
            Sequences.reprLeave(this);
        }
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            return getSlice(s);
        }
        int i = Sequences.itemIndex(key, items.length, "tuple");
        if (i < 0) {
            throw PyErr.indexError("tuple index out of range");
        }
        return items[i];
    }

    /** {@code self[slice]}. */
    public PyTuple getSlice(PySlice s) {
        PySlice.Indices ix = s.indices(items.length);
        if (ix.step() == 1 && ix.length() == items.length && isExact()) {
            return this;
        }
        return of(sliceItems(items, ix));
    }

    /** The items of {@code src} selected by a normalised slice. */
    static PyObject[] sliceItems(PyObject[] src, PySlice.Indices ix) {
        if (ix.step() == 1) {
            return Arrays.copyOfRange(src, ix.start(), ix.start() + ix.length());
        }
        PyObject[] r = new PyObject[ix.length()];
        for (int k = 0; k < r.length; k++) {
            r[k] = src[ix.at(k)];
        }
        return r;
    }

    /** CPython 3.11's tuple hash (an xxHash-style combination of the item hashes). */
    @Override
    public long hash() {
        final long prime1 = 0x9E3779B185EBCA87L, prime2 = 0xC2B2AE3D27D4EB4FL, prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (PyObject item : items) {
            long lane = Abstract.hash(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += items.length ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyTuple o)) {
            return PyNotImplemented.NotImplemented;
        }
        return Sequences.compare(items, items.length, o.items, o.items.length, op);
    }

    @Override
    public Boolean contains(PyObject item) {
        return Sequences.contains(items, items.length, item);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (op == BinaryOps.ADD) {
            if (!(other instanceof PyTuple o)) {
                return Sequences.concatError("tuple", other);
            }
            if (o.items.length == 0 && isExact()) {
                return this;
            }
            if (items.length == 0 && o.isExact()) {
                return o;
            }
            PyObject[] r = Arrays.copyOf(items, Sequences.repeatSize(1, (long) items.length + o.items.length));
            System.arraycopy(o.items, 0, r, items.length, o.items.length);
            return new PyTuple(r);
        }
        if (op == BinaryOps.MULTIPLY) {
            long n = Sequences.repeatCount(other);
            return n < 0 ? PyNotImplemented.NotImplemented : repeat(n);
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (op == BinaryOps.MULTIPLY && Sequences.isIndex(other)) {
            return repeat(Sequences.repeatCount(other));
        }
        return PyNotImplemented.NotImplemented;
    }

    private PyTuple repeat(long n) {
        if ((n == 1 || items.length == 0) && isExact()) {
            return this;
        }
        int size = Sequences.repeatSize(items.length, n);
        if (size == 0) {
            return EMPTY;
        }
        PyObject[] r = new PyObject[size];
        for (int k = 0; k < size; k += items.length) {
            System.arraycopy(items, 0, r, k, items.length);
        }
        return new PyTuple(r);
    }

    @Override
    public PyObject iter() {
        return new PyArrayIter(items, items.length);
    }

    /** {@code tuple.index(x[, start[, stop]])}. */
    public int index(PyObject x, int start, int stop) {
        for (int i = start; i < stop && i < items.length; i++) {
            if (items[i] == x || Abstract.eq(items[i], x)) {
                return i;
            }
        }
        throw PyErr.valueError("tuple.index(x): x not in tuple");
    }

    static {
        TYPE.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType t) || !t.isSubtypeOf(TYPE)) {
                throw PyErr.typeError("tuple.__new__(X): X is not a subtype of tuple");
            }
            if (t == TYPE) {
                ArgParser.noKeywords("tuple", kw);
            } else if (ArgParser.nkw(kw) > 0) {
                throw PyErr.typeError("tuple() takes no keyword arguments");
            }
            if (a.length > 2) {
                throw PyErr.typeError("tuple expected at most 1 argument, got %d", a.length - 1);
            }
            if (t == TYPE) {
                return a.length == 1 ? EMPTY : fromIterable(a[1]);
            }
            return ofType(t, a.length == 1 ? new PyObject[0] : Sequences.toArray(a[1]));
        }));
        TYPE.put("__hash__", new PyMethodDescr(TYPE, "__hash__", (a, kw) -> PyInt.of(a[0].hash()), true));
        PyGenericAlias.install(TYPE);
        Sequences.sequenceSlots(TYPE);
        Sequences.binarySlot(TYPE, "__add__", BinaryOps.ADD);
        Sequences.binarySlot(TYPE, "__mul__", BinaryOps.MULTIPLY);
        Sequences.reflectedSlot(TYPE, "__rmul__", BinaryOps.MULTIPLY);
        TYPE.def("__getnewargs__", (a, kw) -> {
            Sequences.methodArgs("tuple.__getnewargs__", a, kw, 0, 0);
            return new PyTuple(new PyObject[] {new PyTuple(((PyTuple) a[0]).items)});
        });
        TYPE.def("count", (a, kw) -> {
            Sequences.methodArgs("tuple.count", a, kw, 1, 1);
            PyTuple t = (PyTuple) a[0];
            return PyInt.of(Sequences.count(t.items, t.items.length, a[1]));
        });
        TYPE.def("index", (a, kw) -> {
            Sequences.methodArgs("tuple.index", a, kw, 1, 3);
            PyTuple t = (PyTuple) a[0];
            int n = t.items.length;
            int start = Sequences.boundArg(a.length > 2 ? a[2] : null, n, 0);
            int stop = Sequences.boundArg(a.length > 3 ? a[3] : null, n, n);
            return PyInt.of(t.index(a[1], start, stop));
        });
    }
}
