package org.minipy.objects;

/**
 * {@code set} and {@code frozenset} (one layout, told apart by the type). The table is
 * CPython's: open addressing with runs of linear probes then perturbation, a dummy marker
 * for deleted slots, initial size 8, growth when 3/5 full. Small ints therefore iterate in
 * exactly CPython's order.
 */
public class PySet extends PyObject implements ClassAssignment.Target {
    public static final PyType TYPE = PyType.builtin("set", PyType.OBJECT, PySet::new);
    public static final PyType FROZENSET_TYPE = PyType.builtin("frozenset", PyType.OBJECT, PySet::new);

    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    /** Marks a deleted slot (its hash is -1). */
    private static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType getType() {
            return PyType.OBJECT;
        }
    };

    private PyType type;

    /** {@code obj.__class__ = cls}, checked by {@link ClassAssignment}. */
    @Override
    public void setType(PyType t) {
        type = t;
    }
    private PyDict dict;
    private PyObject[] keys;
    private long[] hashes;
    private int mask;
    /** Active plus dummy slots. */
    private int fill;
    /** Active slots. */
    private int used;
    /** Where pop() continues searching. */
    private int finger;
    /** A frozenset's cached hash, -1 when not computed. */
    private long hash = -1;

    public PySet() {
        this(TYPE);
    }

    /** An empty set of {@code type} (set, frozenset or a Python subclass of either). */
    public PySet(PyType type) {
        this.type = type;
        emptyToMinsize();
    }

    private void emptyToMinsize() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        hash = -1;
    }

    /** {@code set(iterable)}. */
    public static PySet fromIterable(PyObject iterable) {
        PySet s = new PySet(TYPE);
        s.updateInternal(iterable);
        return s;
    }

    /** {@code frozenset(iterable)}. */
    public static PySet frozenFromIterable(PyObject iterable) {
        if (iterable instanceof PySet f && f.type == FROZENSET_TYPE) {
            return f;
        }
        PySet s = new PySet(FROZENSET_TYPE);
        s.updateInternal(iterable);
        return s;
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (type != TYPE && type != FROZENSET_TYPE && dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    public boolean isFrozen() {
        return type.isSubtypeOf(FROZENSET_TYPE);
    }

    public int size() {
        return used;
    }

    private static long hashOf(PyObject key) {
        long h = Abstract.hash(key);
        return h == -1 ? -2 : h;
    }

    // ---- the table ---------------------------------------------------------------------------

    /** The slot holding key, or -1 when absent (CPython's set_lookkey). */
    private int lookkey(PyObject key, long h) {
        while (true) {
            PyObject[] table = keys;
            int m = mask;
            long perturb = h;
            int i = (int) (h & m);
            boolean restart = false;
            search:
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int e = i;
                do {
                    PyObject k = table[e];
                    if (k == null) {
                        return -1;
                    }
                    if (hashes[e] == h && k != DUMMY) {
                        if (k == key) {
                            return e;
                        }
                        boolean eq = Abstract.eq(k, key);
                        if (table != keys || table[e] != k) {
                            restart = true;
                            break search;
                        }
                        if (eq) {
                            return e;
                        }
                    }
                    e++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) {
                return -1;
            }
        }
    }

    /** Adds key with its hash (CPython's set_add_entry). */
    private void addEntry(PyObject key, long h) {
        restart:
        while (true) {
            PyObject[] table = keys;
            int m = mask;
            long perturb = h;
            int i = (int) (h & m);
            int freeslot = -1;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int e = i;
                do {
                    PyObject k = table[e];
                    if (k == null) {
                        if (freeslot >= 0) {
                            used++;
                            keys[freeslot] = key;
                            hashes[freeslot] = h;
                            return;
                        }
                        fill++;
                        used++;
                        keys[e] = key;
                        hashes[e] = h;
                        if ((long) fill * 5 >= (long) m * 3) {
                            tableResize(used > 50000 ? used * 2 : used * 4);
                        }
                        return;
                    }
                    if (k == DUMMY) {
                        freeslot = e;
                    } else if (hashes[e] == h) {
                        if (k == key) {
                            return;
                        }
                        boolean eq = Abstract.eq(k, key);
                        if (eq) {
                            return;
                        }
                        if (table != keys || table[e] != k) {
                            continue restart;
                        }
                    }
                    e++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    private static void insertClean(PyObject[] table, long[] hs, int m, PyObject key, long h) {
        long perturb = h;
        int i = (int) (h & m);
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hs[i] = h;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hs[i + j] = h;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** Rebuilds the table with the smallest size above minused, dropping dummies. */
    private void tableResize(long minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int j = 0; j < oldKeys.length; j++) {
            PyObject k = oldKeys[j];
            if (k != null && k != DUMMY) {
                insertClean(keys, hashes, mask, k, oldHashes[j]);
            }
        }
    }

    /** Removes key (hash h); returns whether it was present. */
    private boolean discardEntry(PyObject key, long h) {
        int e = lookkey(key, h);
        if (e < 0) {
            return false;
        }
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        return true;
    }

    /** The next active slot at or after pos, or -1. */
    private int nextSlot(int pos) {
        while (pos <= mask) {
            PyObject k = keys[pos];
            if (k != null && k != DUMMY) {
                return pos;
            }
            pos++;
        }
        return -1;
    }

    /** Merges another set (CPython's set_merge: one resize, then the fastest insertion available). */
    private void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            tableResize((long) (used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, other.keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, other.hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int j = 0; j <= other.mask; j++) {
                PyObject k = other.keys[j];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, mask, k, other.hashes[j]);
                }
            }
            return;
        }
        for (int j = 0; j <= other.mask; j++) {
            PyObject k = other.keys[j];
            if (k != null && k != DUMMY) {
                addEntry(k, other.hashes[j]);
            }
        }
    }

    /** {@code set_update_internal}: adds every element of a set, dict or iterable. */
    void updateInternal(PyObject other) {
        if (other instanceof PySet s) {
            merge(s);
            return;
        }
        if (other instanceof PyDict d && d.getType() == PyDict.TYPE) {
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) {
                tableResize((long) (used + n) * 2);
            }
            for (int j = 0; j < d.entrySlots(); j++) {
                PyObject k = d.keyAt(j);
                if (k != null) {
                    addEntry(k, normalize(d.hashAt(j)));
                }
            }
            return;
        }
        PyObject it = Abstract.iter(other);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            addEntry(k, hashOf(k));
        }
    }

    private static long normalize(long h) {
        return h == -1 ? -2 : h;
    }

    /** {@code s.update(other)} ({@code SET_UPDATE} in a set display uses this too). */
    public void update(PyObject other) {
        updateInternal(other);
    }

    // ---- Java API ----------------------------------------------------------------------------

    /** {@code s.add(key)}. */
    public void add(PyObject key) {
        addEntry(key, hashOf(key));
    }

    /** {@code key in s} (a set key is looked up as a frozenset, as CPython). */
    public boolean containsKey(PyObject key) {
        long h;
        try {
            h = hashOf(key);
        } catch (PyException e) {
            if (!(key instanceof PySet ks) || !e.matches(PyExc.TypeError)) {
                throw e;
            }
            PySet tmp = new PySet(FROZENSET_TYPE);
            tmp.merge(ks);
            return lookkey(tmp, hashOf(tmp)) >= 0;
        }
        return lookkey(key, h) >= 0;
    }

    /** {@code s.discard(key)}; returns whether it was present. */
    public boolean discard(PyObject key) {
        long h;
        try {
            h = hashOf(key);
        } catch (PyException e) {
            if (!(key instanceof PySet ks) || !e.matches(PyExc.TypeError)) {
                throw e;
            }
            PySet tmp = new PySet(FROZENSET_TYPE);
            tmp.merge(ks);
            return discardEntry(tmp, hashOf(tmp));
        }
        return discardEntry(key, h);
    }

    /** {@code s.remove(key)}: KeyError if absent. */
    public void remove(PyObject key) {
        if (!discard(key)) {
            throw PyErr.keyError(key);
        }
    }

    /** {@code s.pop()}: KeyError "pop from an empty set". */
    public PyObject pop() {
        if (used == 0) {
            throw PyErr.withArgs(PyExc.KeyError, PyStr.of("pop from an empty set"));
        }
        int e = finger & mask;
        while (keys[e] == null || keys[e] == DUMMY) {
            e++;
            if (e > mask) {
                e = 0;
            }
        }
        PyObject k = keys[e];
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        finger = e + 1;
        return k;
    }

    public void clear() {
        emptyToMinsize();
    }

    /** The elements in table order (a copy). */
    public PyObject[] toArray() {
        PyObject[] r = new PyObject[used];
        int n = 0;
        for (int j = nextSlot(0); j >= 0 && n < r.length; j = nextSlot(j + 1)) {
            r[n++] = keys[j];
        }
        return r;
    }

    /** A new set of the base type (set or frozenset) of this one, with the same elements. */
    public PySet copy() {
        PySet r = new PySet(baseType());
        r.merge(this);
        return r;
    }

    private PyType baseType() {
        return isFrozen() ? FROZENSET_TYPE : TYPE;
    }

    /** {@code s | other} for any iterable other: {@code s.union(other)}. */
    public PySet union(PyObject other) {
        PySet r = copy();
        if (other != this) {
            r.updateInternal(other);
        }
        return r;
    }

    /** {@code s.intersection(other)}. */
    public PySet intersection(PyObject other) {
        if (other == this) {
            return copy();
        }
        PySet result = new PySet(baseType());
        if (other instanceof PySet o) {
            PySet big = this, small = o;
            if (o.used > used) {
                big = o;
                small = this;
            }
            for (int j = small.nextSlot(0); j >= 0; j = small.nextSlot(j + 1)) {
                PyObject k = small.keys[j];
                long h = small.hashes[j];
                if (big.lookkey(k, h) >= 0) {
                    result.addEntry(k, h);
                }
            }
            return result;
        }
        PyObject it = Abstract.iter(other);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            long h = hashOf(k);
            if (lookkey(k, h) >= 0) {
                result.addEntry(k, h);
                if (result.used >= used) {
                    break;
                }
            }
        }
        return result;
    }

    /** Replaces this set's contents with another's (CPython's set_swap_bodies, one way). */
    void takeBody(PySet o) {
        keys = o.keys;
        hashes = o.hashes;
        mask = o.mask;
        fill = o.fill;
        used = o.used;
        hash = -1;
    }

    /** {@code s &= other} / {@code s.intersection_update(other)}. */
    public void intersectionUpdate(PyObject other) {
        takeBody(intersection(other));
    }

    /** {@code s -= other} / {@code s.difference_update(other)}. */
    public void differenceUpdate(PyObject other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PySet o) {
            if ((o.used >> 3) > used) {
                o = intersection(o);
            }
            for (int j = o.nextSlot(0); j >= 0; j = o.nextSlot(j + 1)) {
                discardEntry(o.keys[j], o.hashes[j]);
            }
        } else {
            PyObject it = Abstract.iter(other);
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                discard(k);
            }
        }
        if (fill - used > mask / 4) {
            tableResize(used > 50000 ? used * 2L : used * 4L);
        }
    }

    /** {@code s.difference(other)}. */
    public PySet difference(PyObject other) {
        int otherSize;
        if (other instanceof PySet o) {
            otherSize = o.used;
        } else if (other instanceof PyDict d && d.getType() == PyDict.TYPE) {
            otherSize = d.size();
        } else {
            PySet r = copy();
            r.differenceUpdate(other);
            return r;
        }
        if ((used >> 2) > otherSize) {
            PySet r = copy();
            r.differenceUpdate(other);
            return r;
        }
        PySet result = new PySet(baseType());
        for (int j = nextSlot(0); j >= 0; j = nextSlot(j + 1)) {
            PyObject k = keys[j];
            long h = hashes[j];
            boolean in = other instanceof PySet o ? o.lookkey(k, h) >= 0
                    : ((PyDict) other).getWithHash(k, h) != null;
            if (!in) {
                result.addEntry(k, h);
            }
        }
        return result;
    }

    /** {@code s ^= other} / {@code s.symmetric_difference_update(other)}. */
    public void symmetricDifferenceUpdate(PyObject other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PyDict d && d.getType() == PyDict.TYPE) {
            for (int j = 0; j < d.entrySlots(); j++) {
                PyObject k = d.keyAt(j);
                if (k != null) {
                    long h = normalize(d.hashAt(j));
                    if (!discardEntry(k, h)) {
                        addEntry(k, h);
                    }
                }
            }
            return;
        }
        PySet o;
        if (other instanceof PySet s) {
            o = s;
        } else {
            o = new PySet(baseType());
            o.updateInternal(other);
        }
        for (int j = o.nextSlot(0); j >= 0; j = o.nextSlot(j + 1)) {
            PyObject k = o.keys[j];
            long h = o.hashes[j];
            if (!discardEntry(k, h)) {
                addEntry(k, h);
            }
        }
    }

    /** {@code s.symmetric_difference(other)}. */
    public PySet symmetricDifference(PyObject other) {
        PySet r = new PySet(baseType());
        r.updateInternal(other);
        r.symmetricDifferenceUpdate(this);
        return r;
    }

    /** {@code s <= other} / {@code s.issubset(other)}. */
    public boolean isSubset(PyObject other) {
        if (!(other instanceof PySet o)) {
            return isSubset(fromIterable(other));
        }
        if (used > o.used) {
            return false;
        }
        for (int j = nextSlot(0); j >= 0; j = nextSlot(j + 1)) {
            if (o.lookkey(keys[j], hashes[j]) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code s >= other} / {@code s.issuperset(other)}. */
    public boolean isSuperset(PyObject other) {
        if (other instanceof PySet o) {
            return o.isSubset(this);
        }
        PyObject it = Abstract.iter(other);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            if (!containsKey(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@code s.isdisjoint(other)}. */
    public boolean isDisjoint(PyObject other) {
        if (other == this) {
            return used == 0;
        }
        if (other instanceof PySet o && (o.type == TYPE || o.type == FROZENSET_TYPE)) {
            PySet big = this, small = o;
            if (o.used > used) {
                big = o;
                small = this;
            }
            for (int j = small.nextSlot(0); j >= 0; j = small.nextSlot(j + 1)) {
                if (big.lookkey(small.keys[j], small.hashes[j]) >= 0) {
                    return false;
                }
            }
            return true;
        }
        PyObject it = Abstract.iter(other);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            if (containsKey(k)) {
                return false;
            }
        }
        return true;
    }

    // ---- Python behaviour --------------------------------------------------------------------

    @Override
    public int length() {
        return used;
    }

    @Override
    public Boolean contains(PyObject item) {
        return containsKey(item);
    }

    @Override
    public PyObject iter() {
        return new Iter(this);
    }

    @Override
    public long hash() {
        if (!isFrozen()) {
            throw PyErr.typeError("unhashable type: '%s'", type.getName());
        }
        if (hash != -1) {
            return hash;
        }
        long h = 0;
        for (int j = nextSlot(0); j >= 0; j = nextSlot(j + 1)) {
            h ^= shuffleBits(hashes[j]);
        }
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        hash = h;
        return h;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public PyStr repr() {
        String name = type.getName();
        if (!Sequences.reprEnter(this)) {
            return PyStr.of(name + "(...)");
        }
        try {
            if (used == 0) {
                return PyStr.of(name + "()");
            }
            PyObject[] items = toArray();
            String body = Sequences.joinRepr(items, items.length, "{", "}");
            return PyStr.of(type == TYPE ? body : name + "(" + body + ")");
        } finally {
            Sequences.reprLeave(this);
        }
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PySet o)) {
            return PyNotImplemented.NotImplemented;
        }
        switch (op) {
            case EQ:
                return PyBool.of(equalTo(o));
            case NE:
                return PyBool.of(!equalTo(o));
            case LE:
                return PyBool.of(isSubset(o));
            case GE:
                return PyBool.of(isSuperset(o));
            case LT:
                return PyBool.of(used < o.used && isSubset(o));
            default:
                return PyBool.of(used > o.used && isSuperset(o));
        }
    }

    private boolean equalTo(PySet o) {
        if (used != o.used) {
            return false;
        }
        if (hash != -1 && o.hash != -1 && hash != o.hash) {
            return false;
        }
        return isSubset(o);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (!(other instanceof PySet)) {
            return PyNotImplemented.NotImplemented;
        }
        switch (op) {
            case BinaryOps.OR:
                return union(other);
            case BinaryOps.AND:
                return intersection(other);
            case BinaryOps.SUBTRACT:
                return difference(other);
            case BinaryOps.XOR:
                return symmetricDifference(other);
            default:
                return PyNotImplemented.NotImplemented;
        }
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        // CPython's set slots take either operand order; the left one is then a set too
        if (other instanceof PySet o) {
            return o.binaryOp(op, this);
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
        if (isFrozen() || !(other instanceof PySet)) {
            return PyNotImplemented.NotImplemented;
        }
        switch (op) {
            case BinaryOps.OR:
                updateInternal(other);
                return this;
            case BinaryOps.AND:
                intersectionUpdate(other);
                return this;
            case BinaryOps.SUBTRACT:
                differenceUpdate(other);
                return this;
            case BinaryOps.XOR:
                symmetricDifferenceUpdate(other);
                return this;
            default:
                return PyNotImplemented.NotImplemented;
        }
    }

    /** {@code set_iterator}: "Set changed size during iteration" when the size changes. */
    static final class Iter extends PyObject implements IterState.Hint, IterState.Reducible {
        static final PyType TYPE = PyType.builtin("set_iterator", Iter.class);
        private PySet set;
        private int startUsed;
        private int pos;

        Iter(PySet set) {
            this.set = set;
            this.startUsed = set.used;
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
            PySet s = set;
            if (s == null) {
                return null;
            }
            if (startUsed != s.used) {
                startUsed = -1;
                throw PyErr.runtimeError("Set changed size during iteration");
            }
            int j = s.nextSlot(pos);
            if (j < 0) {
                set = null;
                return null;
            }
            pos = j + 1;
            return s.keys[j];
        }

        /** The keys still to come (or an empty list once the set changed size). */
        private PyList rest() {
            PyList l = new PyList();
            PySet s = set;
            if (s != null && startUsed == s.used) {
                for (int j = s.nextSlot(pos); j >= 0; j = s.nextSlot(j + 1)) {
                    l.append(s.keys[j]);
                }
            }
            return l;
        }

        @Override
        public PyObject lengthHint() {
            return PyInt.of(rest().size());
        }

        @Override
        public PyObject reduce() {
            if (set != null && startUsed != set.used) {
                throw PyErr.runtimeError("Set changed size during iteration");
            }
            return IterState.pair(IterState.builtin("iter"), rest());
        }

        static {
            Sequences.iteratorSlots(TYPE);
            IterState.install(TYPE, Iter.class);
        }
    }

    static {
        SetMethods.install(TYPE, false);
        SetMethods.install(FROZENSET_TYPE, true);
    }
}
