package org.minipy.objects;

/**
 * The live views {@code dict_keys}, {@code dict_values} and {@code dict_items}. Keys and items
 * views behave as sets: comparisons with sets and views, {@code & | ^ -} (giving a set) and
 * {@code isdisjoint}.
 */
public final class PyDictView extends PyObject {
    public static final int KEYS = PyDictIter.KEYS, VALUES = PyDictIter.VALUES, ITEMS = PyDictIter.ITEMS;

    public static final PyType KEYS_TYPE = PyType.builtin("dict_keys", PyDictView.class);
    public static final PyType VALUES_TYPE = PyType.builtin("dict_values", PyDictView.class);
    public static final PyType ITEMS_TYPE = PyType.builtin("dict_items", PyDictView.class);

    private final PyDict dict;
    private final int kind;

    public PyDictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    public PyDict dict() {
        return dict;
    }

    @Override
    public PyType getType() {
        return kind == KEYS ? KEYS_TYPE : kind == VALUES ? VALUES_TYPE : ITEMS_TYPE;
    }

    private boolean isSetLike() {
        return kind != VALUES;
    }

    @Override
    public int length() {
        return dict.size();
    }

    @Override
    public PyObject iter() {
        return new PyDictIter(dict, kind, false);
    }

    @Override
    public Boolean contains(PyObject item) {
        if (kind == KEYS) {
            return dict.getItemOrNull(item) != null;
        }
        if (kind == ITEMS) {
            if (!(item instanceof PyTuple t) || t.size() != 2) {
                return false;
            }
            PyObject v = dict.getItemOrNull(t.get(0));
            return v != null && Abstract.eq(v, t.get(1));
        }
        return null; // values: iterate
    }

    @Override
    public PyStr repr() {
        String name = getType().getName();
        if (!Sequences.reprEnter(this)) {
            return PyStr.of("...");
        }
        try {
            PyObject[] items = Sequences.toArray(this);
            return PyStr.of(name + "(" + Sequences.joinRepr(items, items.length, "[", "]") + ")");
        } finally {
            Sequences.reprLeave(this);
        }
    }

    @Override
    public long hash() {
        if (kind == VALUES) {
            return super.hash();
        }
        throw PyErr.typeError("unhashable type: '%s'", getType().getName());
    }

    private static boolean isSetOrView(PyObject o) {
        return o instanceof PySet || (o instanceof PyDictView v && v.isSetLike());
    }

    /** Every element of a is in b (both iterable; b supports {@code in}). */
    private static boolean allContainedIn(PyObject a, PyObject b) {
        PyObject it = Abstract.iter(a);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!Abstract.contains(b, x)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!isSetLike() || !isSetOrView(other)) {
            return PyNotImplemented.NotImplemented;
        }
        int n = dict.size();
        int m = Abstract.len(other);
        boolean r;
        switch (op) {
            case EQ:
            case NE:
                r = n == m && allContainedIn(this, other);
                if (op == CompareOp.NE) {
                    r = !r;
                }
                break;
            case LT:
                r = n < m && allContainedIn(this, other);
                break;
            case LE:
                r = n <= m && allContainedIn(this, other);
                break;
            case GT:
                r = n > m && allContainedIn(other, this);
                break;
            default:
                r = n >= m && allContainedIn(other, this);
                break;
        }
        return PyBool.of(r);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (!isSetLike()) {
            return PyNotImplemented.NotImplemented;
        }
        return setOp(this, other, op);
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (!isSetLike()) {
            return PyNotImplemented.NotImplemented;
        }
        return setOp(other, this, op);
    }

    /** {@code dictviews_to_set}: a new set of a view's (or any iterable's) elements. */
    private static PySet toSet(PyObject o) {
        if (o instanceof PyDictView v && v.kind == KEYS) {
            return PySet.fromIterable(v.dict);
        }
        return PySet.fromIterable(o);
    }

    /** {@code a op b} where one side is a view: the result is a set, as CPython's dictviews_*. */
    private static PyObject setOp(PyObject a, PyObject b, int op) {
        switch (op) {
            case BinaryOps.AND:
                return intersect(a, b);
            case BinaryOps.OR: {
                PySet result = toSet(a);
                result.updateInternal(b);
                return result;
            }
            case BinaryOps.XOR: {
                PySet result = toSet(a);
                result.symmetricDifferenceUpdate(b);
                return result;
            }
            case BinaryOps.SUBTRACT: {
                PySet result = toSet(a);
                result.differenceUpdate(b);
                return result;
            }
            default:
                return PyNotImplemented.NotImplemented;
        }
    }

    /** {@code _PyDictView_Intersect}: iterate the smaller side, test membership in the view. */
    private static PyObject intersect(PyObject a, PyObject b) {
        PyDictView self;
        PyObject other;
        if (a instanceof PyDictView v && v.isSetLike()) {
            self = v;
            other = b;
        } else {
            self = (PyDictView) b;
            other = a;
        }
        int lenSelf = self.dict.size();
        if (other instanceof PySet s && s.getType() == PySet.TYPE && lenSelf <= s.size()) {
            return s.intersection(self);
        }
        if (other instanceof PyDictView ov && ov.isSetLike() && ov.dict.size() > lenSelf) {
            PyDictView t = self;
            self = ov;
            other = t;
        }
        PySet result = new PySet();
        PyObject it = Abstract.iter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (self.contains(x)) {
                result.add(x);
            }
        }
        return result;
    }

    static {
        for (PyType t : new PyType[] {KEYS_TYPE, VALUES_TYPE, ITEMS_TYPE}) {
            t.slot("__len__", (a, kw) -> {
                Sequences.slotArgs(a, kw, 0);
                return PyInt.of(a[0].length());
            });
            t.slot("__iter__", (a, kw) -> {
                Sequences.slotArgs(a, kw, 0);
                return a[0].iter();
            });
            t.slot("__repr__", (a, kw) -> a[0].repr());
            t.def("__reversed__", (a, kw) -> {
                PyDictView v = (PyDictView) a[0];
                return new PyDictIter(v.dict, v.kind, true);
            });
            t.put("mapping", new PyGetSetDescr(t, "mapping", o -> new PyMappingProxy(((PyDictView) o).dict), null));
            if (t == VALUES_TYPE) {
                continue;
            }
            t.slot("__contains__", (a, kw) -> {
                Sequences.slotArgs(a, kw, 1);
                return PyBool.of(a[0].contains(a[1]));
            });
            t.put("__hash__", PyNone.None);
            Sequences.binarySlot(t, "__and__", BinaryOps.AND);
            Sequences.binarySlot(t, "__or__", BinaryOps.OR);
            Sequences.binarySlot(t, "__xor__", BinaryOps.XOR);
            Sequences.binarySlot(t, "__sub__", BinaryOps.SUBTRACT);
            Sequences.reflectedSlot(t, "__rand__", BinaryOps.AND);
            Sequences.reflectedSlot(t, "__ror__", BinaryOps.OR);
            Sequences.reflectedSlot(t, "__rxor__", BinaryOps.XOR);
            Sequences.reflectedSlot(t, "__rsub__", BinaryOps.SUBTRACT);
            t.def("isdisjoint", (a, kw) -> {
                Sequences.methodArgs(t.getName() + ".isdisjoint", a, kw, 1, 1);
                PyObject it = Abstract.iter(a[1]);
                for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                    if (a[0].contains(x)) {
                        return PyBool.False;
                    }
                }
                return PyBool.True;
            });
        }
    }
}
