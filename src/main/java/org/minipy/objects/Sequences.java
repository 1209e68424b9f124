package org.minipy.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;

/**
 * Helpers shared by the sequence and container types (list, tuple, range, str, bytes):
 * index checks, lexicographic comparison, repetition counts, the repr recursion guard and
 * argument checks for slot wrappers.
 */
public final class Sequences {
    private Sequences() {
    }

    /** True if {@code o} has {@code __index__} (CPython's {@code PyIndex_Check}). */
    public static boolean isIndex(PyObject o) {
        if (o instanceof PyInt) {
            return true;
        }
        if (o.getType().isHeap() && Abstract.special(o, "__index__") != null) {
            return true;
        }
        return o.index() != null;
    }

    /** "list indices must be integers or slices, not str". */
    public static PyException indicesError(String typeName, PyObject key) {
        return PyErr.typeError("%s indices must be integers or slices, not %s", typeName, key.getType().getName());
    }

    /**
     * Normalises a non-slice subscript against {@code size}: negative indexes count from the
     * end; returns -1 (after adding size) when out of range so callers raise their own message.
     */
    public static int itemIndex(PyObject key, int size, String typeName) {
        long i;
        if (key instanceof PyInt k && !k.isBig()) {
            i = k.value;
        } else if (isIndex(key)) {
            PyInt k = Abstract.index(key);
            if (k.isBig()) {
                throw PyErr.indexError("cannot fit 'int' into an index-sized integer");
            }
            i = k.value;
        } else {
            throw indicesError(typeName, key);
        }
        if (i < 0) {
            i += size;
        }
        return i < 0 || i >= size ? -1 : (int) i;
    }

    /** A copy of {@code a} without its first element (the self of a method call). */
    public static PyObject[] tail(PyObject[] a) {
        return Arrays.copyOfRange(a, 1, a.length);
    }

    /**
     * The repeat count of {@code seq * n}: -1 if {@code n} is not an index and the other
     * operand may still handle the operation (NotImplemented), otherwise the count (>= 0).
     * Raises CPython's "can't multiply sequence by non-int" when nothing else could apply.
     */
    public static long repeatCount(PyObject n) {
        if (!isIndex(n)) {
            if (n.getType().isHeap() && Abstract.special(n, "__rmul__") != null) {
                return -1;
            }
            throw PyErr.typeError("can't multiply sequence by non-int of type '%s'", n.getType().getName());
        }
        PyInt i = Abstract.index(n);
        if (i.signum() <= 0) {
            return 0;
        }
        if (i.isBig()) {
            throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return i.value;
    }

    /** The size of a repeated sequence, or MemoryError when it cannot be allocated. */
    public static int repeatSize(int len, long count) {
        long total = (long) len * count;
        if (count != 0 && total / count != len || total > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        return (int) total;
    }

    /**
     * Raises "can only concatenate list (not "tuple") to list" unless the right operand is a
     * Python class that may handle the operation with {@code __radd__} (then returns normally
     * and the caller answers NotImplemented).
     */
    public static PyObject concatError(String typeName, PyObject other) {
        if (other.getType().isHeap() && Abstract.special(other, "__radd__") != null) {
            return PyNotImplemented.NotImplemented;
        }
        throw PyErr.typeError("can only concatenate %s (not \"%s\") to %s", typeName,
                other.getType().getName(), typeName);
    }

    /**
     * Lexicographic comparison of two item arrays (prefixes of length na, nb), as CPython's
     * {@code list_richcompare}: the first differing pair decides, with identity implying
     * equality; returns the result of comparing that pair (any object) or a bool.
     */
    public static PyObject compare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        if (na != nb && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        for (; i < na && i < nb; i++) {
            PyObject x = a[i], y = b[i];
            if (x == y) {
                continue;
            }
            int c = threeWay(x, y);
            if (c != UNORDERED) {
                // exact str or machine ints: one comparison says both "equal?" and "less?"
                if (c == 0) {
                    continue;
                }
                return PyBool.of(op.test(c));
            }
            if (!itemEq(x, y)) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return PyBool.of(op.test(Integer.compare(na, nb)));
        }
        if (op == CompareOp.EQ) {
            return PyBool.False;
        }
        if (op == CompareOp.NE) {
            return PyBool.True;
        }
        return itemCompare(a[i], b[i], op);
    }

    /** {@code x op y} for the first differing items of containers (see {@link #itemEq}). */
    static PyObject itemCompare(PyObject x, PyObject y, CompareOp op) {
        if (!isContainer(x)) {
            return Abstract.richCompare(x, y, op);
        }
        TypeState.enterRecursiveCall(" in comparison");
        try {
            return Abstract.richCompare(x, y, op);
        } finally {
            TypeState.leaveRecursiveCall();
        }
    }

    /**
     * {@code x == y} for items of containers being compared. Comparing a nested container
     * counts against the recursion limit, as PyObject_RichCompare's recursion check does
     * (" in comparison"); other items cost nothing extra.
     */
    static boolean itemEq(PyObject x, PyObject y) {
        if (!isContainer(x)) {
            return Abstract.eq(x, y);
        }
        TypeState.enterRecursiveCall(" in comparison");
        try {
            return Abstract.eq(x, y);
        } finally {
            TypeState.leaveRecursiveCall();
        }
    }

    private static boolean isContainer(PyObject x) {
        return x instanceof PyList || x instanceof PyTuple || x instanceof PyDict;
    }

    private static final int UNORDERED = Integer.MIN_VALUE;

    /**
     * The sign of {@code x - y} for two exact strs or two machine-word ints, whose {@code ==}
     * and {@code <} are one total order (sorting by tuple keys compares their items both ways
     * otherwise); UNORDERED for anything else.
     */
    private static int threeWay(PyObject x, PyObject y) {
        Class<?> c = x.getClass();
        if (c != y.getClass()) {
            return UNORDERED;
        }
        if (c == PyStr.class) {
            return Integer.signum(PyStr.compare((PyStr) x, (PyStr) y));
        }
        if (c == PyInt.class && !((PyInt) x).isBig() && !((PyInt) y).isBig()) {
            return Long.compare(((PyInt) x).value, ((PyInt) y).value);
        }
        return UNORDERED;
    }

    /** {@code x in items[0:n]}: identity or equality, as {@code PySequence_Contains}. */
    public static boolean contains(PyObject[] items, int n, PyObject x) {
        for (int i = 0; i < n; i++) {
            if (items[i] == x || Abstract.eq(items[i], x)) {
                return true;
            }
        }
        return false;
    }

    /** Counts the items equal to {@code x}. */
    public static int count(PyObject[] items, int n, PyObject x) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (items[i] == x || Abstract.eq(items[i], x)) {
                c++;
            }
        }
        return c;
    }

    /**
     * The start/stop arguments of {@code index(x, start, stop)}, normalised against size as
     * {@code _PyEval_SliceIndexNotNone}.
     */
    public static int boundArg(PyObject o, int size, int dflt) {
        if (o == null) {
            return dflt;
        }
        if (!isIndex(o)) {
            throw PyErr.typeError("slice indices must be integers or have an __index__ method");
        }
        long v = PySlice.sliceIndex(o);
        if (v < 0) {
            v += size;
            if (v < 0) {
                v = 0;
            }
        }
        return (int) Math.min(v, size);
    }

    /** The repr of items joined by ", " between open and close. */
    public static String joinRepr(PyObject[] items, int n, String open, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Abstract.repr(items[i]).value());
        }
        return sb.append(close).toString();
    }

    // ---- the repr recursion guard ----------------------------------------------------------

    /**
     * The containers whose repr is in progress on this thread (CPython's {@code Py_ReprEnter}
     * keeps them in the thread state). A ThreadLocal is static, but it cannot leak between
     * interpreters sharing a thread: entries are strictly nested (added on entry, removed in a
     * finally) so the set is empty whenever no repr is running, and it holds only the objects
     * being printed right now up the Java stack.
     */
    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> IN_REPR =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /**
     * Marks {@code o} as being printed; false if it already is (a recursive repr). Each level
     * counts against the recursion limit, as CPython's PyObject_Repr does: a list nested a
     * million deep is a RecursionError, not a million-level Java recursion.
     */
    public static boolean reprEnter(PyObject o) {
        TypeState.enterRecursiveCall(" while getting the repr of an object");
        if (IN_REPR.get().put(o, Boolean.TRUE) == null) {
            return true;
        }
        TypeState.leaveRecursiveCall();
        return false;
    }

    /** Ends {@link #reprEnter} (call in a finally, only when it returned true). */
    public static void reprLeave(PyObject o) {
        IN_REPR.get().remove(o);
        TypeState.leaveRecursiveCall();
    }

    // ---- argument checks ---------------------------------------------------------------------

    /** A slot wrapper's argument count check: "expected 1 argument, got 0". */
    public static void slotArgs(PyObject[] a, String[] kw, int n) {
        int got = a.length - 1;
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("wrapper takes no keyword arguments");
        }
        if (got != n) {
            throw PyErr.typeError("expected %d argument%s, got %d", n, n == 1 ? "" : "s", got);
        }
    }

    /** The arguments of a method after self, with CPython's count messages ({@link ArgParser#checkCount}). */
    public static void methodArgs(String name, PyObject[] a, String[] kw, int min, int max) {
        int nkw = ArgParser.nkw(kw);
        if (nkw > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
        int n = a.length - 1;
        if (n >= min && n <= max) {
            return;
        }
        String shortName = name.substring(name.indexOf('.') + 1);
        if (min == max && min <= 1) {
            ArgParser.checkCount(name, tail(a), null, min, max);
        }
        ArgParser.checkCount(shortName, tail(a), null, min, max);
    }

    // ---- building lists and registering slots ------------------------------------------------

    /** The items of any iterable, in a fresh array ({@code PySequence_Fast}). */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t && t.getType() == PyTuple.TYPE) {
            return t.items().clone();
        }
        if (iterable instanceof PyList l && l.getType() == PyList.TYPE) {
            return l.toArray();
        }
        PyObject it = Abstract.iter(iterable);
        int hint;
        try {
            hint = iterable.getType().isHeap() ? -1 : Math.min(iterable.length(), 1 << 20);
        } catch (PyException e) {
            hint = -1; // a size hint only; the iteration reports real errors
        }
        ArrayList<PyObject> list = new ArrayList<>(hint > 0 ? hint : 8);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            list.add(x);
        }
        return list.toArray(new PyObject[0]);
    }

    /** Registers a special method {@code self <op> other} forwarding to {@link PyObject#binaryOp}. */
    public static void binarySlot(PyType t, String name, int op) {
        t.slot(name, (a, kw) -> {
            slotArgs(a, kw, 1);
            return a[0].binaryOp(op, a[1]);
        });
    }

    /** Registers {@code __rop__} forwarding to {@link PyObject#reflectedOp}. */
    public static void reflectedSlot(PyType t, String name, int op) {
        t.slot(name, (a, kw) -> {
            slotArgs(a, kw, 1);
            return a[0].reflectedOp(op, a[1]);
        });
    }

    /** Registers {@code __iop__} forwarding to {@link PyObject#inplaceOp}. */
    public static void inplaceSlot(PyType t, String name, int op) {
        t.slot(name, (a, kw) -> {
            slotArgs(a, kw, 1);
            return a[0].inplaceOp(op, a[1]);
        });
    }

    /** Registers the container slots: __len__ __getitem__ __contains__ __iter__ (and __repr__). */
    public static void sequenceSlots(PyType t) {
        t.slot("__len__", (a, kw) -> {
            slotArgs(a, kw, 0);
            return PyInt.of(a[0].length());
        });
        t.slot("__getitem__", (a, kw) -> {
            methodArgs(t.getName() + ".__getitem__", a, kw, 1, 1);
            return a[0].getItem(a[1]);
        });
        t.slot("__contains__", (a, kw) -> {
            slotArgs(a, kw, 1);
            return PyBool.of(a[0].contains(a[1]));
        });
        t.slot("__iter__", (a, kw) -> {
            slotArgs(a, kw, 0);
            return a[0].iter();
        });
        t.slot("__repr__", (a, kw) -> a[0].repr());
    }

    /** Registers {@code __iter__} returning self and {@code __next__} for an iterator type. */
    public static void iteratorSlots(PyType t) {
        t.slot("__iter__", (a, kw) -> a[0]);
        t.slot("__next__", (a, kw) -> {
            slotArgs(a, kw, 0);
            PyObject v = a[0].next();
            if (v == null) {
                throw PyErr.stopIteration(null);
            }
            return v;
        });
    }

    /** An index argument as a Py_ssize_t (e.g. {@code list.pop(i)}): OverflowError if huge. */
    public static long asSsize(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** A flag parsed as a C int ({@code reverse=} of sort): any int, true if non-zero. */
    public static boolean intFlag(PyObject o) {
        PyInt i = Abstract.index(o);
        if (!i.fitsInt()) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return i.intValue() != 0;
    }

    /** {@code operator.index(o)} as an exact int (a bool becomes 0 or 1), as PyNumber_Index. */
    public static PyInt exactIndex(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.getType() == PyInt.TYPE) {
            return i;
        }
        return i.isBig() ? PyInt.of(i.bigValue()) : PyInt.of(i.value);
    }
}
