package org.minipy.objects;

/** {@code bytes}: an immutable byte array. The scalar helper completes the methods. */
public final class PyBytes extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT, null);
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    private final byte[] data;

    private PyBytes(byte[] data) {
        this.data = data;
    }

    /** Takes ownership of {@code data}. */
    public static PyBytes of(byte[] data) {
        return data.length == 0 ? EMPTY : new PyBytes(data);
    }

    /** The backing array; callers must not modify it. */
    public byte[] data() {
        return data;
    }

    /** The bytes as a String of chars 0..255 (latin-1). */
    public String latin1() {
        return new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
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
    public PyStr repr() {
        boolean sq = false, dq = false;
        for (byte b : data) {
            sq |= b == '\'';
            dq |= b == '"';
        }
        char q = sq && !dq ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte b : data) {
            int c = b & 0xff;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return PyStr.of(sb.append(q).toString());
    }
}
