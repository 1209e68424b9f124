package org.minipy.code;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyEllipsis;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyException;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PySet;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;

/**
 * minipy's marshal format: code objects and the constants they hold as bytes (what
 * {@code __pycache__} files and the {@code marshal} module store). Modelled on CPython's
 * Python/marshal.c: one type-code byte per object (the same letters where the meaning is the
 * same), little-endian lengths, and a back-reference table for repeated strings (CPython's
 * FLAG_REF, here only for str, which is what code objects repeat).
 *
 * <p>Changing the layout means bumping {@link #VERSION}; the magic-number guard test hashes it.
 */
public final class Marshal {
    private Marshal() {
    }

    /** The version of this format (part of what the bytecode cache's magic number stands for). */
    public static final int VERSION = 1;

    static final byte NULL = '0', NONE = 'N', FALSE = 'F', TRUE = 'T', ELLIPSIS = '.', INT = 'i',
            LONG = 'I', BIGINT = 'l', FLOAT = 'g', STR = 'u', STR_REF = 'r', BYTES = 's', TUPLE = '(',
            LIST = '[', DICT = '{', SET = '<', FROZENSET = '>', CODE = 'c';

    /** {@code marshal.dumps(obj)}: ValueError "unmarshallable object" for anything else. */
    public static byte[] dumps(PyObject o) {
        Writer w = new Writer();
        w.write(o, 0);
        return w.toByteArray();
    }

    /** {@code marshal.loads(data)}: EOFError / ValueError on bad data, as CPython. */
    public static PyObject loads(byte[] data) {
        return loads(data, 0, data.length, null);
    }

    /**
     * Reads one object from {@code data[from, to)}. When {@code filename} is non-null, every code
     * object read gets it as co_filename (CPython's {@code _imp._fix_co_filename}, for a cache
     * file found under a different path than it was written from).
     */
    public static PyObject loads(byte[] data, int from, int to, String filename) {
        Reader r = new Reader(data, from, to, filename);
        PyObject o = r.read(0);
        if (o == null) {
            throw badData("NULL object in marshal data for object");
        }
        return o;
    }

    private static PyException badData(String what) {
        return PyErr.valueError("bad marshal data (%s)", what);
    }

    private static PyException tooShort() {
        return PyErr.of(PyExc.EOFError, "marshal data too short");
    }

    /** Nesting deeper than this is refused (CPython's MAX_MARSHAL_STACK_DEPTH). */
    private static final int MAX_DEPTH = 2000;

    private static final class Writer {
        private byte[] buf = new byte[256];
        private int n;
        private final Map<String, Integer> strRefs = new HashMap<>();

        byte[] toByteArray() {
            return Arrays.copyOf(buf, n);
        }

        private void ensure(int k) {
            if (n + k > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + k));
            }
        }

        void b(int v) {
            ensure(1);
            buf[n++] = (byte) v;
        }

        void i32(int v) {
            ensure(4);
            buf[n++] = (byte) v;
            buf[n++] = (byte) (v >> 8);
            buf[n++] = (byte) (v >> 16);
            buf[n++] = (byte) (v >> 24);
        }

        void i64(long v) {
            i32((int) v);
            i32((int) (v >>> 32));
        }

        void bytes(byte[] d) {
            i32(d.length);
            ensure(d.length);
            System.arraycopy(d, 0, buf, n, d.length);
            n += d.length;
        }

        void str(String s) {
            Integer ref = strRefs.get(s);
            if (ref != null) {
                b(STR_REF);
                i32(ref);
                return;
            }
            strRefs.put(s, strRefs.size());
            b(STR);
            bytes(encode(s));
        }

        void ints(int[] a) {
            i32(a.length);
            for (int v : a) {
                i32(v);
            }
        }

        void strs(String[] a) {
            i32(a.length);
            for (String s : a) {
                str(s);
            }
        }

        void write(PyObject o, int depth) {
            if (depth > MAX_DEPTH) {
                throw PyErr.valueError("object too deeply nested to marshal");
            }
            if (o == PyNone.None) {
                b(NONE);
            } else if (o == PyBool.False) {
                b(FALSE);
            } else if (o == PyBool.True) {
                b(TRUE);
            } else if (o == PyEllipsis.Ellipsis) {
                b(ELLIPSIS);
            } else if (o instanceof PyInt i && i.getType() == PyInt.TYPE) {
                if (i.isBig()) {
                    b(BIGINT);
                    bytes(i.bigValue().toByteArray());
                } else if (i.value == (int) i.value) {
                    b(INT);
                    i32((int) i.value);
                } else {
                    b(LONG);
                    i64(i.value);
                }
            } else if (o instanceof PyFloat f && f.getType() == PyFloat.TYPE) {
                b(FLOAT);
                i64(Double.doubleToRawLongBits(f.value));
            } else if (o instanceof PyStr s && s.getType() == PyStr.TYPE) {
                str(s.value());
            } else if (o instanceof PyBytes by) {
                b(BYTES);
                bytes(by.data());
            } else if (o instanceof PyTuple t && t.getType() == PyTuple.TYPE) {
                b(TUPLE);
                items(t.items(), t.size(), depth);
            } else if (o instanceof PyList l && l.getType() == PyList.TYPE) {
                b(LIST);
                items(l.toArray(), l.size(), depth);
            } else if (o instanceof PyDict d && d.getType() == PyDict.TYPE) {
                b(DICT);
                for (int j = 0; j < d.entrySlots(); j++) {
                    PyObject k = d.keyAt(j);
                    if (k != null) {
                        write(k, depth + 1);
                        write(d.valueAt(j), depth + 1);
                    }
                }
                b(NULL);
            } else if (o instanceof PySet s && (s.getType() == PySet.TYPE || s.getType() == PySet.FROZENSET_TYPE)) {
                b(s.isFrozen() ? FROZENSET : SET);
                PyObject[] a = s.toArray();
                items(a, a.length, depth);
            } else if (o instanceof Code c) {
                b(CODE);
                code(c, depth);
            } else {
                throw PyErr.valueError("unmarshallable object");
            }
        }

        private void items(PyObject[] a, int len, int depth) {
            i32(len);
            for (int k = 0; k < len; k++) {
                write(a[k], depth + 1);
            }
        }

        private void code(Code c, int depth) {
            i32(c.co_argcount);
            i32(c.co_posonlyargcount);
            i32(c.co_kwonlyargcount);
            i32(c.co_flags);
            i32(c.co_stacksize);
            bytes(c.co_code);
            items(c.co_consts, c.co_consts.length, depth);
            strs(c.co_names);
            strs(c.localsplusNames);
            bytes(c.localsplusKinds);
            str(c.co_filename);
            str(c.co_name);
            str(c.co_qualname);
            i32(c.co_firstlineno);
            ints(c.lineTable);
            ints(c.positions);
            ints(c.exceptionTable);
        }
    }

    /** UTF-8, but lone surrogates are kept (encoded as their three bytes, like "surrogatepass"). */
    static byte[] encode(String s) {
        boolean ascii = true;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() * 3);
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            k += Character.charCount(cp);
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | (cp >> 6));
                out.write(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                out.write(0xE0 | (cp >> 12));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            } else {
                out.write(0xF0 | (cp >> 18));
                out.write(0x80 | ((cp >> 12) & 0x3F));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            }
        }
        return out.toByteArray();
    }

    static String decode(byte[] d, int from, int len) {
        boolean ascii = true;
        for (int k = from; k < from + len; k++) {
            if (d[k] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(d, from, len, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(len);
        int k = from;
        int end = from + len;
        while (k < end) {
            int b0 = d[k] & 0xFF;
            int need = b0 < 0x80 ? 0 : b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : -1;
            if (need < 0 || k + need >= end) {
                throw badData("invalid str");
            }
            int cp = need == 0 ? b0 : b0 & (0x3F >> need);
            for (int j = 1; j <= need; j++) {
                int bj = d[k + j] & 0xFF;
                if ((bj & 0xC0) != 0x80) {
                    throw badData("invalid str");
                }
                cp = (cp << 6) | (bj & 0x3F);
            }
            sb.appendCodePoint(cp);
            k += need + 1;
        }
        return sb.toString();
    }

    private static final class Reader {
        private final byte[] d;
        private int p;
        private final int end;
        private final String filename;
        private final List<String> strs = new ArrayList<>();

        Reader(byte[] d, int from, int to, String filename) {
            this.d = d;
            this.p = from;
            this.end = to;
            this.filename = filename;
        }

        private void need(int k) {
            if (k < 0 || end - p < k) {
                throw tooShort();
            }
        }

        int i32() {
            need(4);
            int v = (d[p] & 0xFF) | (d[p + 1] & 0xFF) << 8 | (d[p + 2] & 0xFF) << 16 | (d[p + 3] & 0xFF) << 24;
            p += 4;
            return v;
        }

        long i64() {
            long lo = i32() & 0xFFFFFFFFL;
            long hi = i32();
            return lo | hi << 32;
        }

        int len() {
            int n = i32();
            if (n < 0) {
                throw badData("size out of range");
            }
            return n;
        }

        byte[] bytes() {
            int n = len();
            need(n);
            byte[] out = Arrays.copyOfRange(d, p, p + n);
            p += n;
            return out;
        }

        String str() {
            PyObject o = read(0);
            if (o instanceof PyStr s) {
                return s.value();
            }
            throw badData("expected a str");
        }

        String[] strs() {
            int n = len();
            String[] out = new String[Math.min(n, end - p)];
            if (n > out.length) {
                throw tooShort();
            }
            for (int k = 0; k < n; k++) {
                out[k] = str();
            }
            return out;
        }

        int[] ints() {
            int n = len();
            need(n * 4L > Integer.MAX_VALUE ? -1 : n * 4);
            int[] out = new int[n];
            for (int k = 0; k < n; k++) {
                out[k] = i32();
            }
            return out;
        }

        PyObject[] items(int depth) {
            int n = len();
            if (n > end - p) {
                // every item takes at least one byte
                throw PyErr.of(PyExc.EOFError, "EOF read where object expected");
            }
            PyObject[] a = new PyObject[n];
            for (int k = 0; k < n; k++) {
                a[k] = read(depth + 1);
                if (a[k] == null) {
                    throw badData("NULL object in marshal data for object");
                }
            }
            return a;
        }

        /** One object; null for the NULL marker that ends a dict. */
        PyObject read(int depth) {
            if (depth > MAX_DEPTH) {
                throw badData("recursion limit exceeded");
            }
            if (p >= end) {
                throw PyErr.of(PyExc.EOFError, "EOF read where object expected");
            }
            byte t = d[p++];
            switch (t) {
                case NULL:
                    return null;
                case NONE:
                    return PyNone.None;
                case FALSE:
                    return PyBool.False;
                case TRUE:
                    return PyBool.True;
                case ELLIPSIS:
                    return PyEllipsis.Ellipsis;
                case INT:
                    return PyInt.of(i32());
                case LONG:
                    return PyInt.of(i64());
                case BIGINT: {
                    byte[] b = bytes();
                    if (b.length == 0) {
                        throw badData("empty long");
                    }
                    return PyInt.of(new BigInteger(b));
                }
                case FLOAT:
                    return new PyFloat(Double.longBitsToDouble(i64()));
                case STR: {
                    int n = len();
                    need(n);
                    String s = decode(d, p, n);
                    p += n;
                    strs.add(s);
                    return PyStr.of(s);
                }
                case STR_REF: {
                    int k = i32();
                    if (k < 0 || k >= strs.size()) {
                        throw badData("invalid reference");
                    }
                    return PyStr.of(strs.get(k));
                }
                case BYTES:
                    return PyBytes.of(bytes());
                case TUPLE:
                    return new PyTuple(items(depth));
                case LIST:
                    return new PyList(items(depth));
                case DICT: {
                    PyDict dict = new PyDict();
                    while (true) {
                        PyObject k = read(depth + 1);
                        if (k == null) {
                            return dict;
                        }
                        PyObject v = read(depth + 1);
                        if (v == null) {
                            throw badData("NULL object in marshal data for object");
                        }
                        dict.setItem(k, v);
                    }
                }
                case SET:
                case FROZENSET: {
                    PySet s = t == SET ? new PySet() : new PySet(PySet.FROZENSET_TYPE);
                    for (PyObject o : items(depth)) {
                        s.add(o);
                    }
                    return s;
                }
                case CODE:
                    return code(depth);
                default:
                    throw badData("unknown type code");
            }
        }

        private Code code(int depth) {
            int argcount = i32();
            int posonly = i32();
            int kwonly = i32();
            int flags = i32();
            int stacksize = i32();
            byte[] code = bytes();
            PyObject[] consts = items(depth);
            String[] names = strs();
            String[] lpNames = strs();
            byte[] lpKinds = bytes();
            String file = str();
            String name = str();
            String qualname = str();
            int first = i32();
            int[] lines = ints();
            int[] positions = ints();
            int[] excs = ints();
            if (lpKinds.length != lpNames.length || code.length % 2 != 0 || excs.length % 5 != 0
                    || positions.length != 4 * lines.length) {
                throw badData("inconsistent code object");
            }
            return new Code(argcount, posonly, kwonly, flags, stacksize, code, consts, names, lpNames, lpKinds,
                    filename != null ? filename : file, name, qualname, first, lines, positions, excs);
        }
    }
}
