package org.minipy.objects;

import java.util.Arrays;

/** {@code list}: a growable array. Python classes may subclass it. */
public class PyList extends PyObject implements ClassAssignment.Target {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT, PyList::new);

    private static final PyObject[] NONE = new PyObject[0];

    private PyType type;

    /** {@code obj.__class__ = cls}, checked by {@link ClassAssignment}. */
    @Override
    public void setType(PyType t) {
        type = t;
    }
    private PyDict dict;
    protected PyObject[] items;
    protected int size;

    public PyList() {
        this(TYPE);
    }

    /** An empty list whose type is {@code type} (list or a Python subclass of it). */
    public PyList(PyType type) {
        this.type = type;
        this.items = new PyObject[4];
    }

    /** A list holding a copy of {@code src}. */
    public PyList(PyObject[] src) {
        this.type = TYPE;
        this.items = src.length == 0 ? new PyObject[4] : src.clone();
        this.size = src.length;
    }

    /** A list that takes ownership of {@code items[0:n]} (the caller must drop the array). */
    public static PyList wrap(PyObject[] items, int n) {
        PyList l = new PyList(TYPE);
        l.items = items.length == 0 ? new PyObject[4] : items;
        l.size = n;
        return l;
    }

    /** {@code list(iterable)}. */
    public static PyList fromIterable(PyObject iterable) {
        PyObject[] a = Sequences.toArray(iterable);
        return wrap(a, a.length);
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (type != TYPE && dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    // ---- Java API (fast paths for the VM and built-ins) ----------------------------------------

    public int size() {
        return size;
    }

    /** The item at {@code i}; the caller guarantees 0 <= i < size(). */
    public PyObject get(int i) {
        return items[i];
    }

    public void set(int i, PyObject v) {
        items[i] = v;
    }

    public void append(PyObject v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size + (size >> 1) + 4);
        }
        items[size++] = v;
    }

    /** A copy of the contents. */
    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    private void ensureCapacity(int n) {
        if (n > items.length) {
            items = Arrays.copyOf(items, Math.max(n, size + (size >> 1) + 4));
        }
    }

    /** {@code list.extend(iterable)}. */
    public void extend(PyObject iterable) {
        if (iterable instanceof PyList l && l.type == TYPE) {
            int n = l.size;
            ensureCapacity(size + n);
            System.arraycopy(l.items, 0, items, size, n);
            size += n;
            return;
        }
        if (iterable instanceof PyTuple t && t.getType() == PyTuple.TYPE) {
            addAll(t.items(), t.size());
            return;
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            append(x);
        }
    }

    void addAll(PyObject[] src, int n) {
        ensureCapacity(size + n);
        System.arraycopy(src, 0, items, size, n);
        size += n;
    }

    /** {@code list.insert(i, v)}: i is clamped as CPython does. */
    public void insert(long i, PyObject v) {
        if (i < 0) {
            i += size;
            if (i < 0) {
                i = 0;
            }
        }
        if (i > size) {
            i = size;
        }
        ensureCapacity(size + 1);
        System.arraycopy(items, (int) i, items, (int) i + 1, size - (int) i);
        items[(int) i] = v;
        size++;
    }

    /** {@code list.pop(i)} with CPython's IndexErrors. */
    public PyObject pop(long i) {
        if (size == 0) {
            throw PyErr.indexError("pop from empty list");
        }
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErr.indexError("pop index out of range");
        }
        PyObject v = items[(int) i];
        System.arraycopy(items, (int) i + 1, items, (int) i, size - (int) i - 1);
        items[--size] = null;
        return v;
    }

    /** {@code list.remove(x)}. */
    public void remove(PyObject x) {
        for (int i = 0; i < size; i++) {
            PyObject item = items[i];
            if (item == x || Abstract.eq(item, x)) {
                if (i < size) {
                    pop(i);
                }
                return;
            }
        }
        throw PyErr.valueError("list.remove(x): x not in list");
    }

    /** {@code list.index(x, start, stop)}. */
    public int index(PyObject x, int start, int stop) {
        for (int i = start; i < stop && i < size; i++) {
            PyObject item = items[i];
            if (item == x || Abstract.eq(item, x)) {
                return i;
            }
        }
        throw PyErr.valueError("%s is not in list", Abstract.repr(x).value());
    }

    public void clear() {
        items = new PyObject[4];
        size = 0;
    }

    public void reverse() {
        reverseRange(items, 0, size);
    }

    private static void reverseRange(PyObject[] a, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            PyObject t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
        }
    }

    /**
     * {@code list.sort(key=key, reverse=reverse)}: stable; key may be null (or None). The list
     * looks empty while sorting, and a change made meanwhile is a ValueError, as in CPython.
     */
    public void sort(PyObject key, boolean reverse) {
        PyObject[] saved = items;
        int n = size;
        items = NONE;
        size = 0;
        PyException failure = null;
        try {
            PyObject[] keys = saved;
            if (key != null && key != PyNone.None) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Abstract.call(key, saved[i]);
                }
            }
            if (reverse) {
                reverseRange(keys, 0, n);
                if (keys != saved) {
                    reverseRange(saved, 0, n);
                }
            }
            ListSort.sort(keys, saved, n);
            if (reverse) {
                reverseRange(keys, 0, n);
                if (keys != saved) {
                    reverseRange(saved, 0, n);
                }
            }
        } catch (PyException e) {
            failure = e;
        }
        boolean modified = items != NONE || size != 0;
        items = saved;
        size = n;
        if (failure != null) {
            throw failure;
        }
        if (modified) {
            throw PyErr.valueError("list modified during sort");
        }
    }

    // ---- slices ------------------------------------------------------------------------------

    /** {@code self[slice]}: a new list. */
    public PyList getSlice(PySlice s) {
        PySlice.Indices ix = s.indices(size);
        PyObject[] r = PyTuple.sliceItems(items, ix);
        return wrap(r, r.length);
    }

    /** {@code self[lo:hi] = value} for a plain slice (step 1). */
    private void assignSlice(int lo, int hi, PyObject value) {
        PyObject[] v;
        if (value == this) {
            v = toArray();
        } else {
            v = fastSequence(value, "can only assign an iterable");
        }
        lo = Math.max(0, Math.min(lo, size));
        hi = Math.max(lo, Math.min(hi, size));
        int d = v.length - (hi - lo);
        ensureCapacity(size + d);
        System.arraycopy(items, hi, items, hi + d, size - hi);
        System.arraycopy(v, 0, items, lo, v.length);
        if (d < 0) {
            Arrays.fill(items, size + d, size, null);
        }
        size += d;
    }

    /** PySequence_Fast: the items of a list/tuple/iterable; TypeError(msg) if not iterable. */
    private static PyObject[] fastSequence(PyObject value, String msg) {
        if (value instanceof PyList l && l.type == TYPE) {
            return l.toArray();
        }
        if (value instanceof PyTuple t && t.getType() == PyTuple.TYPE) {
            return t.items();
        }
        PyObject it;
        try {
            it = Abstract.iter(value);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw PyErr.typeError(msg);
            }
            throw e;
        }
        PyList tmp = new PyList();
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            tmp.append(x);
        }
        return tmp.toArray();
    }

    /** {@code self[slice] = value} (value null: {@code del self[slice]}). */
    public void setSlice(PySlice s, PyObject value) {
        PySlice.Indices ix = s.indices(size);
        int step = ix.step();
        if (step == 1) {
            int stop = ix.stop();
            if (value == null) {
                assignSlice(ix.start(), stop, PyTuple.EMPTY);
            } else {
                assignSlice(ix.start(), stop, value);
            }
            return;
        }
        int n = ix.length();
        if (value == null) {
            if (n <= 0) {
                return;
            }
            boolean[] drop = new boolean[size];
            for (int k = 0; k < n; k++) {
                drop[ix.at(k)] = true;
            }
            int j = 0;
            for (int i = 0; i < size; i++) {
                if (!drop[i]) {
                    items[j++] = items[i];
                }
            }
            Arrays.fill(items, j, size, null);
            size = j;
            return;
        }
        PyObject[] v = value == this ? toArray() : fastSequence(value, "must assign iterable to extended slice");
        if (v.length != n) {
            throw PyErr.valueError("attempt to assign sequence of size %d to extended slice of size %d", v.length, n);
        }
        for (int k = 0; k < n; k++) {
            items[ix.at(k)] = v[k];
        }
    }

    // ---- Python behaviour --------------------------------------------------------------------

    @Override
    public int length() {
        return size;
    }

    @Override
    public long hash() {
        throw PyErr.typeError("unhashable type: '%s'", getType().getName());
    }

    @Override
    public PyStr repr() {
        if (size == 0) {
            return PyStr.of("[]");
        }
        if (!Sequences.reprEnter(this)) {
            return PyStr.of("[...]");
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            // the list may change while its items' reprs run: re-read the size every time
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[i]).value());
            }
            return PyStr.of(sb.append(']').toString());
        } finally {
            Sequences.reprLeave(this);
        }
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            return getSlice(s);
        }
        int i = Sequences.itemIndex(key, size, "list");
        if (i < 0) {
            throw PyErr.indexError("list index out of range");
        }
        return items[i];
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            setSlice(s, value);
            return;
        }
        int i = Sequences.itemIndex(key, size, "list");
        if (i < 0) {
            throw PyErr.indexError("list assignment index out of range");
        }
        items[i] = value;
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PySlice s) {
            setSlice(s, null);
            return;
        }
        int i = Sequences.itemIndex(key, size, "list");
        if (i < 0) {
            throw PyErr.indexError("list assignment index out of range");
        }
        pop(i);
    }

    @Override
    public Boolean contains(PyObject item) {
        for (int i = 0; i < size; i++) {
            PyObject x = items[i];
            if (x == item || Abstract.eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyList o)) {
            return PyNotImplemented.NotImplemented;
        }
        if (size != o.size && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        // the lists may change while items compare: re-read sizes and arrays every step
        int i = 0;
        for (; i < size && i < o.size; i++) {
            PyObject x = items[i], y = o.items[i];
            if (x != y && !Sequences.itemEq(x, y)) {
                break;
            }
        }
        if (i >= size || i >= o.size) {
            return PyBool.of(op.test(Integer.compare(size, o.size)));
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            return PyBool.of(op == CompareOp.NE);
        }
        return Sequences.itemCompare(items[i], o.items[i], op);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (op == BinaryOps.ADD) {
            if (!(other instanceof PyList o)) {
                return Sequences.concatError("list", other);
            }
            PyObject[] r = Arrays.copyOf(items, Sequences.repeatSize(1, (long) size + o.size));
            System.arraycopy(o.items, 0, r, size, o.size);
            return wrap(r, r.length);
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

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
        if (op == BinaryOps.ADD) {
            if (other == this) {
                addAll(toArray(), size);
            } else {
                extend(other);
            }
            return this;
        }
        if (op == BinaryOps.MULTIPLY) {
            long n = Sequences.repeatCount(other);
            if (n < 0) {
                return PyNotImplemented.NotImplemented;
            }
            if (n == 0 || size == 0) {
                clear();
            } else if (n > 1) {
                int total = Sequences.repeatSize(size, n);
                ensureCapacity(total);
                for (int k = size; k < total; k += size) {
                    System.arraycopy(items, 0, items, k, size);
                }
                size = total;
            }
            return this;
        }
        return PyNotImplemented.NotImplemented;
    }

    private PyList repeat(long n) {
        int total = Sequences.repeatSize(size, n);
        PyObject[] r = new PyObject[total];
        for (int k = 0; k < total; k += size) {
            System.arraycopy(items, 0, r, k, size);
        }
        return wrap(r, total);
    }

    @Override
    public PyObject iter() {
        return new Iter(this);
    }

    /** {@code reversed(list)}. */
    public PyObject reversedIter() {
        return new ReverseIter(this);
    }

    /** {@code list_iterator}: iterates the live list; once exhausted it stays exhausted. */
    static final class Iter extends PyObject implements IterState.Hint, IterState.Reducible, IterState.Settable {
        static final PyType TYPE = PyType.builtin("list_iterator", Iter.class);
        private PyList list;
        private int index;

        Iter(PyList list) {
            this.list = list;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            PyList l = list;
            if (l != null) {
                if (index < l.size) {
                    return l.items[index++];
                }
                list = null;
            }
            return null;
        }

        @Override
        public PyObject lengthHint() {
            return PyInt.of(list == null ? 0 : Math.max(0, list.size - index));
        }

        @Override
        public PyObject reduce() {
            return list == null ? IterState.pair(IterState.builtin("iter"), new PyList())
                    : IterState.triple(IterState.builtin("iter"), list, index);
        }

        @Override
        public void setState(PyObject state) {
            long i = IterState.index(state);
            if (list != null) {
                index = (int) IterState.clamp(i, 0, list.size);
            }
        }

        static {
            Sequences.iteratorSlots(TYPE);
            IterState.install(TYPE, Iter.class);
        }
    }

    /** {@code list_reverseiterator}. */
    static final class ReverseIter extends PyObject
            implements IterState.Hint, IterState.Reducible, IterState.Settable {
        static final PyType TYPE = PyType.builtin("list_reverseiterator", ReverseIter.class);
        private PyList list;
        private int index;

        ReverseIter(PyList list) {
            this.list = list;
            this.index = list.size - 1;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            PyList l = list;
            if (l != null) {
                if (index >= 0 && index < l.size) {
                    return l.items[index--];
                }
                list = null;
            }
            return null;
        }

        @Override
        public PyObject lengthHint() {
            return PyInt.of(list == null || list.size < index + 1 ? 0 : index + 1);
        }

        @Override
        public PyObject reduce() {
            return list == null ? IterState.pair(IterState.builtin("iter"), new PyList())
                    : IterState.triple(IterState.builtin("reversed"), list, index);
        }

        @Override
        public void setState(PyObject state) {
            long i = IterState.index(state);
            if (list != null) {
                index = (int) IterState.clamp(i, -1, list.size - 1);
            }
        }

        static {
            Sequences.iteratorSlots(TYPE);
            IterState.install(TYPE, ReverseIter.class);
        }
    }

    static {
        ListMethods.install(TYPE);
    }
}
