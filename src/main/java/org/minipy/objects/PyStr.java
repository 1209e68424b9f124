package org.minipy.objects;

/**
 * {@code str}: an immutable Java String. Indexing is by code point where the string contains
 * characters outside the BMP. The scalar helper completes the methods.
 */
public final class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", PyType.OBJECT, null);
    public static final PyStr EMPTY = new PyStr("");

    private final String value;

    private PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        return s.isEmpty() ? EMPTY : new PyStr(s);
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
        return this;
    }

    @Override
    public PyStr repr() {
        return of(quote(value));
    }

    /** CPython's str repr: single quotes unless the text has ' and no ", with escapes. */
    public static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else if (c >= 0x80 && !isPrintable(c)) {
                if (c <= 0xff) {
                    sb.append(String.format("\\x%02x", c));
                } else if (c <= 0xffff) {
                    sb.append(String.format("\\u%04x", c));
                } else {
                    sb.append(String.format("\\U%08x", c));
                }
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.append(q).toString();
    }

    /** Approximates CPython's str.isprintable for non-ASCII code points. */
    public static boolean isPrintable(int c) {
        int t = Character.getType(c);
        switch (t) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            case Character.SPACE_SEPARATOR:
                return c == ' ';
            default:
                return true;
        }
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

    @Override
    public int length() {
        return value.codePointCount(0, value.length());
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyStr o) {
            return PyBool.of(op.test(value.compareTo(o.value)));
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (op == BinaryOps.ADD && other instanceof PyStr o) {
            return of(value.concat(o.value));
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
