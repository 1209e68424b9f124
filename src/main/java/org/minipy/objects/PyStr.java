package org.minipy.objects;

/**
 * {@code str}: an immutable Java String. Lengths and indices count code points; a string with
 * no surrogate pairs (the common case) is indexed directly by char.
 */
public class PyStr extends PyObject {
    // EMPTY and LATIN1 come first: making TYPE may already need PyStr.of (type bootstrap).
    public static final PyStr EMPTY = new PyStr("");
    /** The one-character strings of Latin-1, shared (indexing and iteration allocate nothing). */
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int c = 0; c < 256; c++) {
            LATIN1[c] = new PyStr(String.valueOf((char) c));
        }
    }

    public static final PyType TYPE = PyType.builtin("str", PyType.OBJECT, t -> new Sub(t, ""));

    static {
        StrMethods.install(TYPE);
    }

    private final String value;
    /** The number of code points, computed on first use (-1 until then). */
    private int cpLength = -1;

    private PyStr(String value) {
        this.value = value;
    }

    /** This string as an exact {@code str} (an instance of a Python subclass is converted). */
    public PyStr exact() {
        return getClass() == PyStr.class ? this : of(value);
    }

    public static PyStr of(String s) {
        int n = s.length();
        if (n == 0) {
            return EMPTY;
        }
        if (n == 1 && s.charAt(0) < 256) {
            return LATIN1[s.charAt(0)];
        }
        return new PyStr(s);
    }

    /** The string of one code point. */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) {
            return LATIN1[cp];
        }
        return new PyStr(new String(Character.toChars(cp)));
    }

    public String value() {
        return value;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyStr str() {
        return exact();
    }

    @Override
    public PyStr repr() {
        return of(quote(value));
    }

    @Override
    public PyStr format(String spec) {
        return spec.isEmpty() ? exact() : of(ScalarFormat.formatStr(value, spec));
    }

    /** CPython's str repr: single quotes unless the text has ' and no ", with escapes. */
    public static String quote(String s) {
        return org.minipy.objects.num.StrRepr.repr(s);
    }

    /** CPython's str.isprintable for one code point. */
    public static boolean isPrintable(int c) {
        return c >= 0x20 && c != 0x7f && org.minipy.objects.num.StrRepr.isPrintable(c);
    }

    @Override
    public long hash() {
        return value.hashCode();
    }

    @Override
    public boolean hasBool() {
        return true;
    }

    @Override
    public boolean isTrue() {
        return !value.isEmpty();
    }

    // ---- code point indexing -----------------------------------------------------------------

    /** The length in code points. */
    @Override
    public int length() {
        int n = cpLength;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            cpLength = n;
        }
        return n;
    }

    /** True if every code point is one char (no surrogate pairs): char index == code point index. */
    public boolean isBmp() {
        return length() == value.length();
    }

    /** The char offset of code point {@code cp} (0..length). */
    public int charIndex(int cp) {
        return isBmp() ? cp : value.offsetByCodePoints(0, cp);
    }

    /** The code point index of char offset {@code ci}. */
    public int cpIndex(int ci) {
        return isBmp() ? ci : value.codePointCount(0, ci);
    }

    /** The code point at code point index i. */
    public int codePointAt(int i) {
        return isBmp() ? value.charAt(i) : value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** {@code s[start:stop]} by code point indices (0 <= start <= stop <= len). */
    public String substring(int start, int stop) {
        if (isBmp()) {
            return value.substring(start, stop);
        }
        int a = value.offsetByCodePoints(0, start);
        return value.substring(a, value.offsetByCodePoints(a, stop - start));
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            return getSlice(s);
        }
        if (!Sequences.isIndex(key)) {
            throw PyErr.typeError("string indices must be integers, not '%s'", key.getType().getName());
        }
        int i = Sequences.itemIndex(key, length(), "string");
        if (i < 0) {
            throw PyErr.indexError("string index out of range");
        }
        return ofCodePoint(codePointAt(i));
    }

    public PyStr getSlice(PySlice s) {
        int n = length();
        PySlice.Indices ix = s.indices(n);
        if (ix.length() <= 0) {
            return EMPTY;
        }
        if (ix.step() == 1) {
            if (ix.length() == n) {
                return exact();
            }
            return of(substring(ix.start(), ix.start() + ix.length()));
        }
        StringBuilder sb = new StringBuilder(ix.length());
        if (isBmp()) {
            for (int k = 0; k < ix.length(); k++) {
                sb.append(value.charAt(ix.at(k)));
            }
        } else {
            int[] cps = value.codePoints().toArray();
            for (int k = 0; k < ix.length(); k++) {
                sb.appendCodePoint(cps[ix.at(k)]);
            }
        }
        return of(sb.toString());
    }

    @Override
    public Boolean contains(PyObject item) {
        if (!(item instanceof PyStr s)) {
            throw PyErr.typeError("'in <string>' requires string as left operand, not %s", item.getType().getName());
        }
        return value.contains(s.value);
    }

    @Override
    public PyObject iter() {
        return new StrIter(this);
    }

    // ---- comparison and operators ------------------------------------------------------------

    /** Code point order (String.compareTo orders UTF-16 units, which differs above U+E000). */
    /**
     * Code-point order of two strs. Strings without surrogate pairs (nearly all) compare by
     * String.compareTo: with no surrogates present, UTF-16 code-unit order is code-point order.
     */
    public static int compare(PyStr a, PyStr b) {
        return a.isBmp() && b.isBmp() ? a.value.compareTo(b.value) : compare(a.value, b.value);
    }

    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                return fixup(x) - fixup(y);
            }
        }
        return a.length() - b.length();
    }

    private static int fixup(char c) {
        return c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyStr o) {
            if (op == CompareOp.EQ) {
                return PyBool.of(value.equals(o.value));
            }
            if (op == CompareOp.NE) {
                return PyBool.of(!value.equals(o.value));
            }
            return PyBool.of(op.test(compare(this, o)));
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        switch (op) {
            case BinaryOps.ADD:
                if (other instanceof PyStr o) {
                    return o.value.isEmpty() ? exact() : value.isEmpty() ? o.exact() : new PyStr(value.concat(o.value));
                }
                return Sequences.concatError("str", other);
            case BinaryOps.MULTIPLY:
                return repeat(other);
            case BinaryOps.REMAINDER:
                return PercentFormat.format(value, other);
            default:
                return PyNotImplemented.NotImplemented;
        }
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (op == BinaryOps.MULTIPLY) {
            return repeat(other);
        }
        return PyNotImplemented.NotImplemented;
    }

    private PyObject repeat(PyObject n) {
        long count = Sequences.repeatCount(n);
        if (count < 0) {
            return PyNotImplemented.NotImplemented;
        }
        if (count == 1) {
            return exact();
        }
        int size = Sequences.repeatSize(value.length(), count);
        return size == 0 ? EMPTY : of(value.repeat((int) count));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The iterator over a str: one code point at a time. */
    static final class StrIter extends PyObject
            implements IterState.Hint, IterState.Reducible, IterState.Settable {
        static final PyType TYPE = PyType.builtin("str_ascii_iterator", StrIter.class);
        private final String s;
        /** The char index of the next code point. */
        private int index;
        /** Set when next() found the end (CPython then drops the str). */
        private boolean done;

        static {
            Sequences.iteratorSlots(TYPE);
            IterState.install(TYPE, StrIter.class);
        }

        @Override
        public PyObject lengthHint() {
            return PyInt.of(done ? 0 : s.codePointCount(index, s.length()));
        }

        @Override
        public PyObject reduce() {
            return done ? IterState.pair(IterState.builtin("iter"), EMPTY)
                    : IterState.triple(IterState.builtin("iter"), PyStr.of(s), s.codePointCount(0, index));
        }

        @Override
        public void setState(PyObject state) {
            long i = IterState.index(state);
            if (!done) {
                index = s.offsetByCodePoints(0, (int) IterState.clamp(i, 0, s.codePointCount(0, s.length())));
            }
        }

        StrIter(PyStr str) {
            this.s = str.value;
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
            if (index >= s.length()) {
                done = true;
                return null;
            }
            char c = s.charAt(index);
            if (c < 256) {
                index++;
                return LATIN1[c];
            }
            int cp = s.codePointAt(index);
            index += Character.charCount(cp);
            return ofCodePoint(cp);
        }
    }

    /** An instance of a Python subclass of str. */
    static final class Sub extends PyStr implements ClassAssignment.Target {
        private PyType type;

        /** {@code obj.__class__ = cls}, checked by {@link ClassAssignment}. */
        @Override
        public void setType(PyType t) {
            type = t;
        }
        private PyDict dict;

        Sub(PyType type, String value) {
            super(value);
            this.type = type;
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
}
