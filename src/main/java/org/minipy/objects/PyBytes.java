package org.minipy.objects;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** {@code bytes}: an immutable byte array. */
public class PyBytes extends PyObject {
    // EMPTY and SINGLE first: they do not need TYPE (see PyStr for the bootstrap order).
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);
    /** The one-byte values, shared. */
    private static final PyBytes[] SINGLE = new PyBytes[256];

    static {
        for (int i = 0; i < 256; i++) {
            SINGLE[i] = new PyBytes(new byte[] {(byte) i});
        }
    }

    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT, t -> new Sub(t, new byte[0]));

    static {
        BytesMethods.install(TYPE);
    }

    private final byte[] data;

    private PyBytes(byte[] data) {
        this.data = data;
    }

    /** A bytes object of {@code type} (bytes or a Python subclass of it); takes ownership of {@code data}. */
    static PyBytes ofType(PyType type, byte[] data) {
        return type == TYPE ? of(data) : new Sub(type, data);
    }

    /** An instance of a Python subclass of bytes: its class and instance dict. */
    static final class Sub extends PyBytes implements ClassAssignment.Target {
        private PyType type;
        private PyDict dict;

        Sub(PyType type, byte[] data) {
            super(data);
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

    /** True for an instance of bytes itself, not of a subclass. */
    public final boolean isExact() {
        return getClass() == PyBytes.class;
    }

    /** This object if it is exactly bytes, else exact bytes with the same value (what methods return). */
    public final PyBytes exact() {
        return isExact() ? this : of(data);
    }

    /** Takes ownership of {@code data}. */
    public static PyBytes of(byte[] data) {
        if (data.length <= 1) {
            return data.length == 0 ? EMPTY : SINGLE[data[0] & 0xff];
        }
        return new PyBytes(data);
    }

    /** The bytes of the chars 0..255 of a latin-1 String. */
    public static PyBytes ofLatin1(String s) {
        return of(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The backing array; callers must not modify it. */
    public byte[] data() {
        return data;
    }

    /** The bytes as a String of chars 0..255 (latin-1). */
    public String latin1() {
        return new String(data, StandardCharsets.ISO_8859_1);
    }

    /**
     * The bytes of a bytes object, or of an iterable of ints in range(256); TypeError with
     * {@code message} (a format with the type name) for other objects.
     */
    public static byte[] bytesLike(PyObject o, String message) {
        if (o instanceof PyBytes b) {
            return b.data;
        }
        if (o instanceof PyStr || o.iter() == null && Abstract.special(o, "__iter__") == null) {
            throw PyErr.typeError(message, o.getType().getName());
        }
        return BytesMethods.fromIterable(o);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public int length() {
        return data.length;
    }

    @Override
    public boolean hasBool() {
        return true;
    }

    @Override
    public boolean isTrue() {
        return data.length > 0;
    }

    @Override
    public long hash() {
        long h = Arrays.hashCode(data);
        return h == -1 ? -2 : h;
    }

    @Override
    public PyStr repr() {
        return PyStr.of(org.minipy.objects.num.StrRepr.bytes(data));
    }

    /** bytes_str: the bytes' own repr, even for a subclass that overrides {@code __repr__}. */
    @Override
    public PyStr str() {
        return repr();
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(data.length);
            if (ix.step() == 1) {
                return ix.length() == data.length ? exact()
                        : of(Arrays.copyOfRange(data, ix.start(), ix.start() + Math.max(0, ix.length())));
            }
            byte[] out = new byte[Math.max(0, ix.length())];
            for (int k = 0; k < out.length; k++) {
                out[k] = data[ix.at(k)];
            }
            return of(out);
        }
        if (!Sequences.isIndex(key)) {
            throw PyErr.typeError("byte indices must be integers or slices, not %s", key.getType().getName());
        }
        int i = Sequences.itemIndex(key, data.length, "byte");
        if (i < 0) {
            throw PyErr.indexError("index out of range");
        }
        return PyInt.of(data[i] & 0xff);
    }

    @Override
    public Boolean contains(PyObject item) {
        if (Sequences.isIndex(item)) {
            int b = BytesMethods.byteValue(item);
            for (byte x : data) {
                if ((x & 0xff) == b) {
                    return true;
                }
            }
            return false;
        }
        if (!(item instanceof PyBytes sub)) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", item.getType().getName());
        }
        return latin1().contains(sub.latin1());
    }

    @Override
    public PyObject iter() {
        return new Iter(data);
    }

    /** Unsigned lexicographic order. */
    public static int compare(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyBytes o)) {
            return PyNotImplemented.NotImplemented;
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            return PyBool.of(Arrays.equals(data, o.data) == (op == CompareOp.EQ));
        }
        return PyBool.of(op.test(compare(data, o.data)));
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        switch (op) {
            case BinaryOps.ADD: {
                if (!(other instanceof PyBytes o)) {
                    if (other.getType().isHeap() && Abstract.special(other, "__radd__") != null) {
                        return PyNotImplemented.NotImplemented;
                    }
                    throw PyErr.typeError("can't concat %s to bytes", other.getType().getName());
                }
                if (o.data.length == 0) {
                    return exact();
                }
                byte[] r = Arrays.copyOf(data, data.length + o.data.length);
                System.arraycopy(o.data, 0, r, data.length, o.data.length);
                return of(r);
            }
            case BinaryOps.MULTIPLY:
                return repeat(other);
            case BinaryOps.REMAINDER:
                return PercentFormat.format(this, other);
            default:
                return PyNotImplemented.NotImplemented;
        }
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        return op == BinaryOps.MULTIPLY ? repeat(other) : PyNotImplemented.NotImplemented;
    }

    private PyObject repeat(PyObject n) {
        long count = Sequences.repeatCount(n);
        if (count < 0) {
            return PyNotImplemented.NotImplemented;
        }
        int size = Sequences.repeatSize(data.length, count);
        byte[] r = new byte[size];
        for (int k = 0; k < size; k += data.length) {
            System.arraycopy(data, 0, r, k, data.length);
        }
        return of(r);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes b && Arrays.equals(b.data, data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    /** The iterator over bytes: ints. */
    static final class Iter extends PyObject
            implements IterState.Hint, IterState.Reducible, IterState.Settable {
        static final PyType TYPE = PyType.builtin("bytes_iterator", Iter.class);
        private final byte[] data;
        private int index;
        /** Set when next() found the end (CPython then drops the bytes). */
        private boolean done;

        static {
            Sequences.iteratorSlots(TYPE);
            IterState.install(TYPE, Iter.class);
        }

        @Override
        public PyObject lengthHint() {
            return PyInt.of(done ? 0 : Math.max(0, data.length - index));
        }

        @Override
        public PyObject reduce() {
            return done ? IterState.pair(IterState.builtin("iter"), PyTuple.EMPTY)
                    : IterState.triple(IterState.builtin("iter"), PyBytes.of(data), index);
        }

        @Override
        public void setState(PyObject state) {
            long i = IterState.index(state);
            if (!done) {
                index = (int) IterState.clamp(i, 0, data.length);
            }
        }

        Iter(byte[] data) {
            this.data = data;
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
            if (index < data.length) {
                return PyInt.of(data[index++] & 0xff);
            }
            done = true;
            return null;
        }
    }
}
