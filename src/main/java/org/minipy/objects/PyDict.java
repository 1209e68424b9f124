package org.minipy.objects;

import java.util.Arrays;

/**
 * {@code dict}: an insertion-ordered hash table laid out as CPython's compact dict: a sparse
 * index table pointing into dense arrays of hashes, keys and values. Deleted entries leave a
 * hole (key null) until the next resize. The Python methods are in {@link DictMethods}, the
 * views and iterators in {@link PyDictView} and {@link PyDictIter}.
 */
public class PyDict extends PyObject implements ClassAssignment.Target {
    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT, PyDict::new);

    private static final int FREE = -1, DUMMY = -2;

    private PyType type;

    /** {@code obj.__class__ = cls}, checked by {@link ClassAssignment}. */
    @Override
    public void setType(PyType t) {
        type = t;
    }
    private PyDict instanceDict;
    /** Open-addressed table of indexes into the entry arrays; FREE or DUMMY when unused. */
    private int[] index;
    private long[] hashes;
    private PyObject[] keys;
    private PyObject[] values;
    /** Entries used (including deleted holes). */
    private int used;
    /** Live entries. */
    private int size;
    /** Index slots no longer FREE (entries and DUMMYs): kept below the entry capacity so probing ends. */
    private int fill;
    /** Bumped whenever the set of keys changes: lets caches and iterators notice. */
    private int version;
    /** One bit per (hash mod 64) of every key inserted since the table was made: a clear bit proves a
     *  str key absent without probing (LOAD_METHOD and global misses look up names that are absent). */
    private long hashBits;

    public PyDict() {
        this(TYPE);
    }

    public PyDict(PyType type) {
        this.type = type;
        init(8);
    }

    private void init(int tableSize) {
        index = new int[tableSize];
        Arrays.fill(index, FREE);
        int cap = tableSize * 2 / 3;
        hashes = new long[cap];
        keys = new PyObject[cap];
        values = new PyObject[cap];
        used = 0;
        size = 0;
        fill = 0;
        hashBits = 0;
    }

    @Override
    public PyType getType() {
        // null only for dicts made while class initialisation bootstraps dict's own type
        return type != null ? type : TYPE;
    }

    @Override
    public PyDict getDict() {
        if (getType() != TYPE && instanceDict == null) {
            instanceDict = new PyDict();
        }
        return instanceDict;
    }

    public int size() {
        return size;
    }

    /** A counter that changes whenever a key is added or removed. */
    public int version() {
        return version;
    }

    // ---- the hash table ----------------------------------------------------------------------

    /** The entry index of {@code key}, or -1. */
    private int find(PyObject key, long h) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int ix = index[i];
            if (ix == FREE) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == h) {
                PyObject k = keys[ix];
                if (k == key || Abstract.eq(k, key)) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The entry index of the str key {@code name}, or -1, without making a PyStr. */
    private int findStr(String name) {
        long h = name.hashCode();
        if ((hashBits & (1L << h)) == 0) {
            return -1;
        }
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int ix = index[i];
            if (ix == FREE) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == h) {
                PyObject k = keys[ix];
                if (k instanceof PyStr s) {
                    if (s.value().equals(name)) {
                        return ix;
                    }
                } else if (k != null && Abstract.eq(k, PyStr.of(name))) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private void insertIndex(long h, int entry) {
        hashBits |= 1L << h;
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (index[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        if (index[i] == FREE) {
            fill++;
        }
        index[i] = entry;
    }

    private void resize() {
        long[] oh = hashes;
        PyObject[] ok = keys, ov = values;
        int n = used;
        int tableSize = 8;
        while (tableSize * 2 / 3 <= size * 2 + 1) {
            tableSize <<= 1;
        }
        init(tableSize);
        for (int j = 0; j < n; j++) {
            if (ok[j] != null) {
                hashes[used] = oh[j];
                keys[used] = ok[j];
                values[used] = ov[j];
                insertIndex(oh[j], used);
                used++;
                size++;
            }
        }
    }

    private void insertNew(PyObject key, long h, PyObject value) {
        if (used == keys.length || fill >= keys.length) {
            resize();
        }
        hashes[used] = h;
        keys[used] = key;
        values[used] = value;
        insertIndex(h, used);
        used++;
        size++;
        version++;
    }

    private void removeEntry(PyObject key, long h, int ix) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (index[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = DUMMY;
        keys[ix] = null;
        values[ix] = null;
        size--;
        version++;
    }

    // ---- Java API ----------------------------------------------------------------------------

    /** {@code d[key]} or null if absent (no KeyError). */
    public PyObject getItemOrNull(PyObject key) {
        if (key instanceof PyStr s) {
            return getItem(s.value());
        }
        int ix = find(key, Abstract.hash(key));
        return ix < 0 ? null : values[ix];
    }

    /** The value for a str key, or null if absent. */
    public PyObject getItem(String name) {
        int ix = findStr(name);
        return ix < 0 ? null : values[ix];
    }

    public void setItem(String name, PyObject value) {
        int ix = findStr(name);
        if (ix >= 0) {
            values[ix] = value;
        } else {
            insertNew(PyStr.of(name), name.hashCode(), value);
        }
    }

    /** Removes a str key; returns whether it was there. */
    public boolean delItemIfPresent(String name) {
        int ix = findStr(name);
        if (ix < 0) {
            return false;
        }
        removeEntry(keys[ix], hashes[ix], ix);
        return true;
    }

    /** Removes {@code key}; returns its value or null if absent. */
    public PyObject pop(PyObject key) {
        long h = Abstract.hash(key);
        int ix = find(key, h);
        if (ix < 0) {
            return null;
        }
        PyObject v = values[ix];
        removeEntry(keys[ix], h, ix);
        return v;
    }

    /**
     * {@code d.update(arg)} for any argument: a dict, a mapping with {@code keys()}, or an
     * iterable of pairs, with CPython's errors (the VM's DICT_UPDATE, dict(x), d |= x).
     */
    public void updateFrom(PyObject arg) {
        DictMethods.updateArg(this, arg);
    }

    /** Copies every entry of {@code other} into this dict. */
    public void update(PyDict other) {
        for (int j = 0; j < other.used; j++) {
            PyObject k = other.keys[j];
            if (k != null) {
                put(k, other.hashes[j], other.values[j]);
            }
        }
    }

    private void put(PyObject key, long h, PyObject value) {
        int ix = find(key, h);
        if (ix >= 0) {
            values[ix] = value;
        } else {
            insertNew(key, h, value);
        }
    }

    public void clear() {
        init(8);
        version++;
    }

    /** Entry access for iteration: the number of entry slots (some may be holes). */
    public int entrySlots() {
        return used;
    }

    /** False when the str key {@code name} is certainly absent (its hash bit is clear); a cheap pre-check. */
    public boolean mayHaveStr(String name) {
        return (hashBits & (1L << name.hashCode())) != 0;
    }

    /** The entry slot of the str key {@code name} (valid while {@link #version()} is unchanged), or -1. */
    public int slotOf(String name) {
        return findStr(name);
    }

    /** Replaces the value in entry slot j, which must hold a key (the key set does not change). */
    public void setValueAt(int j, PyObject value) {
        values[j] = value;
    }

    /** The key in entry slot j, or null for a hole. */
    public PyObject keyAt(int j) {
        return keys[j];
    }

    public PyObject valueAt(int j) {
        return values[j];
    }

    /** The hash stored with the key in entry slot j. */
    long hashAt(int j) {
        return hashes[j];
    }

    /** {@code d[key] = value} when the key's hash is already known. */
    void putWithHash(PyObject key, long h, PyObject value) {
        put(key, h, value);
    }

    /** The value of {@code key} (whose hash is h), or null. */
    PyObject getWithHash(PyObject key, long h) {
        int ix = find(key, h);
        return ix < 0 ? null : values[ix];
    }

    /** {@code d.popitem()}: removes the last entry; returns its slot's (key, value) tuple. */
    public PyTuple popItem() {
        int j = used - 1;
        while (j >= 0 && keys[j] == null) {
            j--;
        }
        if (j < 0) {
            throw PyErr.withArgs(PyExc.KeyError, PyStr.of("popitem(): dictionary is empty"));
        }
        PyTuple r = PyTuple.of(keys[j], values[j]);
        removeEntry(keys[j], hashes[j], j);
        used = j; // the freed tail entries may be reused, as CPython does
        return r;
    }

    /** {@code d.copy()}: a new exact dict with the same entries in the same order. */
    public PyDict copy() {
        PyDict r = new PyDict();
        if (size == 0) {
            return r;
        }
        int tableSize = 8;
        while (tableSize * 2 / 3 < size) {
            tableSize <<= 1;
        }
        r.init(tableSize);
        for (int j = 0; j < used; j++) {
            if (keys[j] != null) {
                r.hashes[r.used] = hashes[j];
                r.keys[r.used] = keys[j];
                r.values[r.used] = values[j];
                r.insertIndex(hashes[j], r.used);
                r.used++;
                r.size++;
            }
        }
        return r;
    }

    // ---- Python behaviour --------------------------------------------------------------------

    @Override
    public PyObject getItem(PyObject key) {
        PyObject v = getItemOrNull(key);
        if (v == null) {
            PyType t = getType();
            if (t != TYPE) {
                PyObject missing = t.lookup("__missing__");
                if (missing != null) {
                    return Abstract.callSpecial(missing, this, key);
                }
            }
            throw PyErr.keyError(key);
        }
        return v;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        put(key, Abstract.hash(key), value);
    }

    @Override
    public void delItem(PyObject key) {
        if (pop(key) == null) {
            throw PyErr.keyError(key);
        }
    }

    @Override
    public Boolean contains(PyObject key) {
        return getItemOrNull(key) != null;
    }

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
            return PyStr.of("{}");
        }
        if (!Sequences.reprEnter(this)) {
            return PyStr.of("{...}");
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            // re-read the table each step: a repr may change the dict
            for (int j = 0; j < used; j++) {
                PyObject k = keys[j];
                PyObject v = values[j];
                if (k != null) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(Abstract.repr(k).value()).append(": ").append(Abstract.repr(v).value());
                }
            }
            return PyStr.of(sb.append('}').toString());
        } finally {
            Sequences.reprLeave(this);
        }
    }

    /** {@code dict == dict}: same keys, equal values, in any order. */
    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyDict o) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NotImplemented;
        }
        return PyBool.of(equalTo(o) == (op == CompareOp.EQ));
    }

    private boolean equalTo(PyDict o) {
        if (this == o) {
            return true;
        }
        if (size != o.size) {
            return false;
        }
        for (int j = 0; j < used; j++) {
            PyObject k = keys[j];
            if (k == null) {
                continue;
            }
            PyObject v = values[j];
            PyObject ov = o.getWithHash(k, hashes[j]);
            if (ov == null || (ov != v && !Sequences.itemEq(v, ov))) {
                return false;
            }
        }
        return true;
    }

    /** {@code dict | dict} and {@code dict |= mapping-or-pairs}. */
    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (op == BinaryOps.OR && other instanceof PyDict o) {
            PyDict r = copy();
            r.update(o);
            return r;
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (op == BinaryOps.OR && other instanceof PyDict o) {
            PyDict r = o.copy();
            r.update(this);
            return r;
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
        if (op == BinaryOps.OR) {
            DictMethods.updateArg(this, other);
            return this;
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject iter() {
        return new PyDictIter(this, PyDictIter.KEYS, false);
    }

    static {
        DictMethods.install(TYPE);
    }
}
