package org.minipy.objects;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;

/**
 * The methods and constructor of {@code bytes}. The algorithms run on the latin-1 String view
 * of the bytes (one char per byte), with ASCII-only character classes as CPython's bytes.
 */
final class BytesMethods {
    private BytesMethods() {
    }

    private static String v(PyObject o) {
        return ((PyBytes) o).latin1();
    }

    private static PyBytes b(String s) {
        return PyBytes.ofLatin1(s);
    }

    /** The bytes of an iterable of ints, each in range(256). */
    static byte[] fromIterable(PyObject o) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyObject it = Abstract.iter(o);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!Sequences.isIndex(x)) {
                throw PyErr.typeError("'%s' object cannot be interpreted as an integer", x.getType().getName());
            }
            PyInt i = Abstract.index(x);
            if (i.isBig() || i.value < 0 || i.value > 255) {
                throw PyErr.valueError("bytes must be in range(0, 256)");
            }
            out.write((int) i.value);
        }
        return out.toByteArray();
    }

    /** An int argument that must be a byte value: "byte must be in range(0, 256)". */
    static int byteValue(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.isBig() || i.value < 0 || i.value > 255) {
            throw PyErr.valueError("byte must be in range(0, 256)");
        }
        return (int) i.value;
    }

    /** A bytes argument: "a bytes-like object is required, not 'str'". */
    private static String bytesArg(PyObject o) {
        if (o instanceof PyBytes p) {
            return p.latin1();
        }
        throw PyErr.typeError("a bytes-like object is required, not '%s'", o.getType().getName());
    }

    /** The sub argument of find/count: bytes or an int byte value. */
    private static String subArg(PyObject o) {
        if (o instanceof PyBytes p) {
            return p.latin1();
        }
        if (Sequences.isIndex(o)) {
            return String.valueOf((char) byteValue(o));
        }
        throw PyErr.typeError("argument should be integer or bytes-like object, not '%s'", o.getType().getName());
    }

    static boolean isSpace(char c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    interface CharTest {
        boolean test(char c);
    }

    static void install(PyType t) {
        t.put("__new__", new PyBuiltinFunction("__new__", BytesMethods::newBytes));
        // a classmethod: a subclass gets cls(result), as CPython's bytes_fromhex_impl
        t.put("fromhex", new PyClassMethodDescr("fromhex", (a, kw) -> {
            ArgParser.noKeywords("fromhex", kw);
            if (a.length != 2) {
                throw PyErr.typeError("fromhex() takes exactly one argument (%d given)", a.length - 1);
            }
            if (!(a[1] instanceof PyStr s)) {
                throw PyErr.typeError("fromhex() argument must be str, not %s", a[1].getType().getName());
            }
            PyBytes r = fromHex(s.value());
            return a[0] == PyBytes.TYPE ? r : Abstract.call(a[0], new PyObject[] {r}, null);
        }));
        t.slot("__len__", (a, kw) -> {
            ScalarSlots.check(t, "__len__", a, 1);
            return PyInt.of(a[0].length());
        });
        t.slot("__getitem__", (a, kw) -> {
            ScalarSlots.check(t, "__getitem__", a, 2);
            return a[0].getItem(a[1]);
        });
        t.slot("__contains__", (a, kw) -> {
            ScalarSlots.check(t, "__contains__", a, 2);
            return PyBool.of(a[0].contains(a[1]));
        });
        t.slot("__iter__", (a, kw) -> {
            ScalarSlots.check(t, "__iter__", a, 1);
            return a[0].iter();
        });
        t.slot("__add__", (a, kw) -> {
            ScalarSlots.check(t, "__add__", a, 2);
            return a[0].binaryOp(BinaryOps.ADD, a[1]);
        });
        t.slot("__mul__", (a, kw) -> {
            ScalarSlots.check(t, "__mul__", a, 2);
            Abstract.index(a[1]);
            return a[0].binaryOp(BinaryOps.MULTIPLY, a[1]);
        });
        t.slot("__rmul__", (a, kw) -> {
            ScalarSlots.check(t, "__rmul__", a, 2);
            Abstract.index(a[1]);
            return a[0].binaryOp(BinaryOps.MULTIPLY, a[1]);
        });
        t.slot("__mod__", (a, kw) -> {
            ScalarSlots.check(t, "__mod__", a, 2);
            return a[0].binaryOp(BinaryOps.REMAINDER, a[1]);
        });
        t.slot("__rmod__", (a, kw) -> {
            ScalarSlots.check(t, "__rmod__", a, 2);
            // other % self, when other is the same kind of format
            return a[1] instanceof PyBytes b ? PercentFormat.format(b, a[0]) : PyNotImplemented.NotImplemented;
        });
        t.def("__bytes__", (a, kw) -> {
            ScalarArgs.none("bytes.__bytes__", a, kw);
            return ((PyBytes) a[0]).exact();
        });
        t.def("__getnewargs__", (a, kw) -> {
            ScalarArgs.none("bytes.__getnewargs__", a, kw);
            return new PyTuple(new PyObject[] {PyBytes.of(((PyBytes) a[0]).data())});
        });
        t.put("maketrans", new PyBuiltinFunction("maketrans", BytesMethods::maketrans));
        t.def("translate", BytesMethods::translate);
        t.def("expandtabs", BytesMethods::expandtabs);
        t.def("istitle", (a, kw) -> {
            ScalarArgs.none("bytes.istitle", a, kw);
            return PyBool.of(isTitle(v(a[0])));
        });
        t.def("decode", BytesMethods::decode);
        t.def("hex", BytesMethods::hex);
        t.def("find", (a, kw) -> PyInt.of(find("find", a, kw, false, false)));
        t.def("rfind", (a, kw) -> PyInt.of(find("rfind", a, kw, true, false)));
        t.def("index", (a, kw) -> PyInt.of(find("index", a, kw, false, true)));
        t.def("rindex", (a, kw) -> PyInt.of(find("rindex", a, kw, true, true)));
        t.def("count", BytesMethods::count);
        t.def("startswith", (a, kw) -> tailMatch("startswith", a, kw, false));
        t.def("endswith", (a, kw) -> tailMatch("endswith", a, kw, true));
        t.def("split", (a, kw) -> split(a, kw, false));
        t.def("rsplit", (a, kw) -> split(a, kw, true));
        t.def("join", (a, kw) -> {
            ScalarArgs.one("bytes.join", a, kw);
            return join(v(a[0]), a[1]);
        });
        t.def("strip", (a, kw) -> strip("strip", a, kw, true, true));
        t.def("lstrip", (a, kw) -> strip("lstrip", a, kw, true, false));
        t.def("rstrip", (a, kw) -> strip("rstrip", a, kw, false, true));
        t.def("replace", BytesMethods::replace);
        t.def("partition", (a, kw) -> {
            ScalarArgs.one("bytes.partition", a, kw);
            return partition(a[0], bytesArg(a[1]), false);
        });
        t.def("rpartition", (a, kw) -> {
            ScalarArgs.one("bytes.rpartition", a, kw);
            return partition(a[0], bytesArg(a[1]), true);
        });
        t.def("removeprefix", (a, kw) -> {
            ScalarArgs.one("bytes.removeprefix", a, kw);
            String p = bytesArg(a[1]), s = v(a[0]);
            return s.startsWith(p) && !p.isEmpty() ? b(s.substring(p.length())) : ((PyBytes) a[0]).exact();
        });
        t.def("removesuffix", (a, kw) -> {
            ScalarArgs.one("bytes.removesuffix", a, kw);
            String p = bytesArg(a[1]), s = v(a[0]);
            return s.endsWith(p) && !p.isEmpty() ? b(s.substring(0, s.length() - p.length()))
                    : ((PyBytes) a[0]).exact();
        });
        t.def("center", (a, kw) -> pad("center", a, kw));
        t.def("ljust", (a, kw) -> pad("ljust", a, kw));
        t.def("rjust", (a, kw) -> pad("rjust", a, kw));
        t.def("zfill", (a, kw) -> {
            ScalarArgs.one("bytes.zfill", a, kw);
            PyObject s = StrMethods.zfill(PyStr.of(v(a[0])), Abstract.index(a[1]));
            return b(((PyStr) s).value());
        });
        t.def("splitlines", BytesMethods::splitlines);
        mapping(t, "upper", c -> isLower(c) ? (char) (c - 32) : c);
        mapping(t, "lower", c -> isUpper(c) ? (char) (c + 32) : c);
        mapping(t, "swapcase", c -> isLower(c) ? (char) (c - 32) : isUpper(c) ? (char) (c + 32) : c);
        t.def("title", (a, kw) -> {
            ScalarArgs.none("bytes.title", a, kw);
            return b(caseWords(v(a[0]), true));
        });
        t.def("capitalize", (a, kw) -> {
            ScalarArgs.none("bytes.capitalize", a, kw);
            return b(caseWords(v(a[0]), false));
        });
        predicate(t, "isdigit", BytesMethods::isDigit);
        predicate(t, "isalpha", c -> isUpper(c) || isLower(c));
        predicate(t, "isalnum", c -> isUpper(c) || isLower(c) || isDigit(c));
        predicate(t, "isspace", BytesMethods::isSpace);
        t.def("isascii", (a, kw) -> {
            ScalarArgs.none("bytes.isascii", a, kw);
            for (byte x : ((PyBytes) a[0]).data()) {
                if (x < 0) {
                    return PyBool.False;
                }
            }
            return PyBool.True;
        });
        t.def("isupper", (a, kw) -> {
            ScalarArgs.none("bytes.isupper", a, kw);
            String s = v(a[0]);
            return PyBool.of(s.chars().anyMatch(c -> isUpper((char) c)) && s.chars().noneMatch(c -> isLower((char) c)));
        });
        t.def("islower", (a, kw) -> {
            ScalarArgs.none("bytes.islower", a, kw);
            String s = v(a[0]);
            return PyBool.of(s.chars().anyMatch(c -> isLower((char) c)) && s.chars().noneMatch(c -> isUpper((char) c)));
        });
    }

    interface CharMap {
        char map(char c);
    }

    private static void mapping(PyType t, String name, CharMap m) {
        t.def(name, (a, kw) -> {
            ScalarArgs.none("bytes." + name, a, kw);
            byte[] d = ((PyBytes) a[0]).data();
            byte[] out = new byte[d.length];
            for (int i = 0; i < d.length; i++) {
                out[i] = (byte) m.map((char) (d[i] & 0xff));
            }
            return PyBytes.of(out);
        });
    }

    private static void predicate(PyType t, String name, CharTest test) {
        t.def(name, (a, kw) -> {
            ScalarArgs.none("bytes." + name, a, kw);
            byte[] d = ((PyBytes) a[0]).data();
            if (d.length == 0) {
                return PyBool.False;
            }
            for (byte x : d) {
                if (!test.test((char) (x & 0xff))) {
                    return PyBool.False;
                }
            }
            return PyBool.True;
        });
    }

    /** ASCII title case: an upper-case letter only after an uncased byte, lower-case only after a cased one. */
    private static boolean isTitle(String s) {
        boolean cased = false, previousCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isUpper(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else if (isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /** {@code bytes.maketrans(frm, to)} (static): the 256-byte table mapping each byte of frm to to's. */
    private static PyObject maketrans(PyObject[] a, String[] kw) {
        ArgParser.noKeywords("maketrans", kw);
        if (a.length != 2) {
            throw PyErr.typeError("maketrans expected 2 arguments, got %d", a.length);
        }
        String from = bytesArg(a[0]), to = bytesArg(a[1]);
        if (from.length() != to.length()) {
            throw PyErr.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < from.length(); i++) {
            table[from.charAt(i)] = (byte) to.charAt(i);
        }
        return PyBytes.of(table);
    }

    private static final String[] TRANSLATE_PARAMS = {"table", "delete"};

    /** {@code bytes.translate(table, /, delete=b'')}: table is 256 bytes or None (no mapping). */
    private static PyObject translate(PyObject[] a, String[] kw) {
        PyObject[] p = ScalarArgs.bind("translate", a, kw, TRANSLATE_PARAMS, 1);
        String table = p[0] == PyNone.None ? null : bytesArg(p[0]);
        if (table != null && table.length() != 256) {
            throw PyErr.valueError("translation table must be 256 characters long");
        }
        String delete = p[1] == null ? "" : bytesArg(p[1]);
        String s = v(a[0]);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (delete.indexOf(c) < 0) {
                out.append(table == null ? c : table.charAt(c));
            }
        }
        return b(out.toString());
    }

    private static final String[] EXPANDTABS_PARAMS = {"tabsize"};

    private static PyObject expandtabs(PyObject[] a, String[] kw) {
        PyObject[] p = ScalarArgs.bind("expandtabs", a, kw, EXPANDTABS_PARAMS, 0);
        int tab = p[0] == null ? 8 : Abstract.indexAsInt(p[0]);
        return b(StrMethods.expandTabs(v(a[0]), tab));
    }

    private static String caseWords(String s, boolean everyWord) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean upperNext = everyWord ? !previousCased : i == 0;
            if (upperNext) {
                sb.append(isLower(c) ? (char) (c - 32) : c);
            } else {
                sb.append(isUpper(c) ? (char) (c + 32) : c);
            }
            previousCased = isUpper(c) || isLower(c);
        }
        return sb.toString();
    }

    // ---- constructor -------------------------------------------------------------------------

    private static final String[] NEW_PARAMS = {"source", "encoding", "errors"};

    private static PyObject newBytes(PyObject[] a, String[] kw) {
        if (a.length == 0) {
            throw PyErr.typeError("bytes.__new__(): not enough arguments");
        }
        if (!(a[0] instanceof PyType cls)) {
            throw PyErr.typeError("bytes.__new__(X): X is not a type object (%s)", a[0].getType().getName());
        }
        if (!cls.isSubtypeOf(PyBytes.TYPE)) {
            throw PyErr.typeError("bytes.__new__(%s): %s is not a subtype of bytes", cls.getName(), cls.getName());
        }
        PyBytes v = newBytesValue(a, kw);
        return cls == PyBytes.TYPE ? v : PyBytes.ofType(cls, v.data());
    }

    private static PyBytes newBytesValue(PyObject[] a, String[] kw) {
        PyObject[] p = ScalarArgs.bind("bytes", a, kw, NEW_PARAMS, 0);
        PyObject src = p[0];
        if (p[1] != null || p[2] != null) {
            String enc = p[1] == null ? null : StrMethods.argName("bytes", "encoding", p[1]);
            String err = p[2] == null ? "strict" : StrMethods.argName("bytes", "errors", p[2]);
            if (!(src instanceof PyStr s)) {
                throw PyErr.typeError(src == null || enc == null ? "errors without a string argument"
                        : "encoding without a string argument");
            }
            if (enc == null) {
                throw PyErr.typeError("string argument without an encoding");
            }
            return PyBytes.of(Codecs.encode(s.value(), enc, err));
        }
        if (src == null) {
            return PyBytes.EMPTY;
        }
        if (src instanceof PyBytes b && b.isExact()) {
            return b;
        }
        if (src instanceof PyStr) {
            throw PyErr.typeError("string argument without an encoding");
        }
        PyObject m = Abstract.special(src, "__bytes__");
        if (m != null) {
            PyObject r = Abstract.callSpecial(m, src);
            if (!(r instanceof PyBytes rb)) {
                throw PyErr.typeError("__bytes__ returned non-bytes (type %s)", r.getType().getName());
            }
            return rb;
        }
        if (Sequences.isIndex(src)) {
            PyInt n = Abstract.index(src);
            if (n.signum() < 0) {
                throw PyErr.valueError("negative count");
            }
            if (!n.fitsInt()) {
                throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
            }
            return PyBytes.of(new byte[n.intValue()]);
        }
        if (src.iter() == null && Abstract.special(src, "__iter__") == null
                && Abstract.special(src, "__getitem__") == null) {
            throw PyErr.typeError("cannot convert '%s' object to bytes", src.getType().getName());
        }
        return PyBytes.of(fromIterable(src));
    }

    static PyBytes fromHex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() / 2);
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || (c >= 9 && c <= 13)) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) {
                throw PyErr.valueError("non-hexadecimal number found in fromhex() arg at position %d", i);
            }
            int lo = i + 1 < n && s.charAt(i + 1) < 128 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw PyErr.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return PyBytes.of(out.toByteArray());
    }

    private static final String[] HEX_PARAMS = {"sep", "bytes_per_sep"};

    private static PyObject hex(PyObject[] a, String[] kw) {
        PyObject[] p = ScalarArgs.bind("hex", a, kw, HEX_PARAMS, 0);
        byte[] d = ((PyBytes) a[0]).data();
        String sep = null;
        if (p[0] != null) {
            sep = p[0] instanceof PyStr s ? s.value() : p[0] instanceof PyBytes bs ? bs.latin1() : null;
            if (sep == null) {
                throw PyErr.typeError("object of type '%s' has no len()", p[0].getType().getName());
            }
            if (sep.length() != 1) {
                throw PyErr.valueError("sep must be length 1.");
            }
        }
        int per = p[1] == null ? 1 : Abstract.indexAsInt(p[1]);
        StringBuilder sb = new StringBuilder(d.length * 3);
        int group = Math.abs(per);
        for (int i = 0; i < d.length; i++) {
            if (sep != null && i > 0 && group > 0) {
                boolean boundary = per > 0 ? (d.length - i) % group == 0 : i % group == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            int c = d[i] & 0xff;
            sb.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
        }
        return PyStr.of(sb.toString());
    }

    private static final String[] DECODE_PARAMS = {"encoding", "errors"};

    private static PyObject decode(PyObject[] a, String[] kw) {
        PyObject[] p = ScalarArgs.bind("decode", a, kw, DECODE_PARAMS, 0);
        String enc = p[0] == null ? "utf-8" : StrMethods.argName("decode", "encoding", p[0]);
        String err = p[1] == null ? "strict" : StrMethods.argName("decode", "errors", p[1]);
        return PyStr.of(Codecs.decode(((PyBytes) a[0]).data(), enc, err));
    }

    // ---- searching ---------------------------------------------------------------------------

    private static int sliceArg(PyObject o, int dflt) {
        if (o == null || o == PyNone.None) {
            return dflt;
        }
        long x = PySlice.sliceIndex(o);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, x));
    }

    private static int find(String name, PyObject[] a, String[] kw, boolean reverse, boolean raise) {
        ScalarArgs.range(name, a, kw, 1, 3);
        String s = v(a[0]), sub = subArg(a[1]);
        int len = s.length();
        int start = StrMethods.adjustStart(sliceArg(a.length > 2 ? a[2] : null, 0), len);
        int end = StrMethods.adjust(sliceArg(a.length > 3 ? a[3] : null, len), len);
        int r = -1;
        if (end - start >= sub.length()) {
            if (reverse) {
                r = s.lastIndexOf(sub, end - sub.length());
                r = r < start ? -1 : r;
            } else {
                r = s.indexOf(sub, start);
                r = r < 0 || r + sub.length() > end ? -1 : r;
            }
        }
        if (r < 0 && raise) {
            throw PyErr.valueError("subsection not found");
        }
        return r;
    }

    private static PyObject count(PyObject[] a, String[] kw) {
        ScalarArgs.range("count", a, kw, 1, 3);
        String s = v(a[0]), sub = subArg(a[1]);
        int len = s.length();
        int start = StrMethods.adjustStart(sliceArg(a.length > 2 ? a[2] : null, 0), len);
        int end = StrMethods.adjust(sliceArg(a.length > 3 ? a[3] : null, len), len);
        if (start > end) {
            return PyInt.ZERO;
        }
        if (sub.isEmpty()) {
            return PyInt.of(end - start + 1);
        }
        int n = 0;
        for (int j = s.indexOf(sub, start); j >= 0 && j + sub.length() <= end; j = s.indexOf(sub, j + sub.length())) {
            n++;
        }
        return PyInt.of(n);
    }

    private static PyObject tailMatch(String name, PyObject[] a, String[] kw, boolean atEnd) {
        ScalarArgs.range(name, a, kw, 1, 3);
        String s = v(a[0]);
        PyObject[] options;
        if (a[1] instanceof PyTuple tup) {
            options = tup.items();
        } else if (a[1] instanceof PyBytes) {
            options = new PyObject[] {a[1]};
        } else {
            throw PyErr.typeError("%s first arg must be bytes or a tuple of bytes, not %s", name,
                    a[1].getType().getName());
        }
        int len = s.length();
        int start = StrMethods.adjustStart(sliceArg(a.length > 2 ? a[2] : null, 0), len);
        int end = StrMethods.adjust(sliceArg(a.length > 3 ? a[3] : null, len), len);
        for (PyObject o : options) {
            String p = bytesArg(o);
            if (start <= len && end - start >= p.length()
                    && (atEnd ? s.startsWith(p, end - p.length()) : s.startsWith(p, start))) {
                return PyBool.True;
            }
        }
        return PyBool.False;
    }

    // ---- split, join, strip, replace ---------------------------------------------------------

    private static final String[] SPLIT_PARAMS = {"sep", "maxsplit"};

    private static PyObject split(PyObject[] a, String[] kw, boolean right) {
        PyObject[] p = ScalarArgs.bind(right ? "rsplit" : "split", a, kw, SPLIT_PARAMS, 0);
        String s = v(a[0]);
        int max = Integer.MAX_VALUE;
        if (p[1] != null) {
            PyInt m = Abstract.index(p[1]);
            max = m.signum() < 0 || !m.fitsInt() ? Integer.MAX_VALUE : m.intValue();
        }
        ArrayList<String> parts = new ArrayList<>();
        if (p[0] == null || p[0] == PyNone.None) {
            if (right) {
                int j = s.length();
                while (j > 0) {
                    while (j > 0 && isSpace(s.charAt(j - 1))) {
                        j--;
                    }
                    if (j == 0) {
                        break;
                    }
                    if (max-- == 0) {
                        parts.add(s.substring(0, j));
                        break;
                    }
                    int i = j;
                    while (i > 0 && !isSpace(s.charAt(i - 1))) {
                        i--;
                    }
                    parts.add(s.substring(i, j));
                    j = i;
                }
                java.util.Collections.reverse(parts);
            } else {
                int i = 0, n = s.length();
                while (i < n) {
                    while (i < n && isSpace(s.charAt(i))) {
                        i++;
                    }
                    if (i == n) {
                        break;
                    }
                    if (max-- == 0) {
                        parts.add(s.substring(i));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(s.charAt(j))) {
                        j++;
                    }
                    parts.add(s.substring(i, j));
                    i = j;
                }
            }
        } else {
            String sep = bytesArg(p[0]);
            if (sep.isEmpty()) {
                throw PyErr.valueError("empty separator");
            }
            if (right) {
                int end = s.length();
                int j = s.lastIndexOf(sep, end - sep.length());
                while (j >= 0 && max-- > 0) {
                    parts.add(s.substring(j + sep.length(), end));
                    end = j;
                    j = end - sep.length() >= 0 ? s.lastIndexOf(sep, end - sep.length()) : -1;
                }
                parts.add(s.substring(0, end));
                java.util.Collections.reverse(parts);
            } else {
                int i = 0;
                int j = s.indexOf(sep);
                while (j >= 0 && max-- > 0) {
                    parts.add(s.substring(i, j));
                    i = j + sep.length();
                    j = s.indexOf(sep, i);
                }
                parts.add(s.substring(i));
            }
        }
        PyObject[] out = new PyObject[parts.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = b(parts.get(k));
        }
        return PyList.wrap(out, out.length);
    }

    private static PyObject join(String sep, PyObject iterable) {
        PyObject[] items = Sequences.toArray(iterable);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < items.length; k++) {
            if (!(items[k] instanceof PyBytes p)) {
                throw PyErr.typeError("sequence item %d: expected a bytes-like object, %s found", k,
                        items[k].getType().getName());
            }
            if (k > 0) {
                sb.append(sep);
            }
            sb.append(p.latin1());
        }
        return b(sb.toString());
    }

    private static PyObject strip(String name, PyObject[] a, String[] kw, boolean left, boolean right) {
        ScalarArgs.expected(name, a, kw, 0, 1);
        String s = v(a[0]);
        String chars = a.length > 1 && a[1] != PyNone.None ? bytesArg(a[1]) : null;
        int i = 0, j = s.length();
        while (left && i < j && (chars == null ? isSpace(s.charAt(i)) : chars.indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        while (right && j > i && (chars == null ? isSpace(s.charAt(j - 1)) : chars.indexOf(s.charAt(j - 1)) >= 0)) {
            j--;
        }
        return i == 0 && j == s.length() ? ((PyBytes) a[0]).exact() : b(s.substring(i, j));
    }

    private static PyObject replace(PyObject[] a, String[] kw) {
        ScalarArgs.expected("replace", a, kw, 2, 3);
        String s = v(a[0]), old = bytesArg(a[1]), rep = bytesArg(a[2]);
        PyObject[] sa = a.length > 3
                ? new PyObject[] {PyStr.of(s), PyStr.of(old), PyStr.of(rep), a[3]}
                : new PyObject[] {PyStr.of(s), PyStr.of(old), PyStr.of(rep)};
        PyObject r = Abstract.call(Abstract.getAttr(sa[0], "replace"), java.util.Arrays.copyOfRange(sa, 1, sa.length));
        return b(((PyStr) r).value());
    }

    private static PyObject partition(PyObject self, String sep, boolean right) {
        String s = v(self);
        if (sep.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        int j = right ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (j < 0) {
            return right ? PyTuple.of(PyBytes.EMPTY, PyBytes.EMPTY, self) : PyTuple.of(self, PyBytes.EMPTY, PyBytes.EMPTY);
        }
        return PyTuple.of(b(s.substring(0, j)), b(sep), b(s.substring(j + sep.length())));
    }

    private static PyObject pad(String name, PyObject[] a, String[] kw) {
        ScalarArgs.expected(name, a, kw, 1, 2);
        char fill = ' ';
        if (a.length > 2) {
            if (!(a[2] instanceof PyBytes f) || f.length() != 1) {
                throw PyErr.typeError("%s() argument 2 must be a byte string of length 1, not %s", name,
                        a[2].getType().getName());
            }
            fill = f.latin1().charAt(0);
        }
        PyStr self = PyStr.of(v(a[0]));
        PyObject r = Abstract.call(Abstract.getAttr(self, name), a[1], PyStr.of(String.valueOf(fill)));
        return b(((PyStr) r).value());
    }

    private static final String[] SPLITLINES_PARAMS = {"keepends"};

    private static PyObject splitlines(PyObject[] a, String[] kw) {
        PyObject[] p = ScalarArgs.bind("splitlines", a, kw, SPLITLINES_PARAMS, 0);
        boolean keep = p[0] != null && Abstract.isTrue(p[0]);
        String s = v(a[0]);
        ArrayList<PyObject> out = new ArrayList<>();
        int n = s.length(), i = 0;
        while (i < n) {
            int j = i;
            while (j < n && s.charAt(j) != '\n' && s.charAt(j) != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
                if (keep) {
                    eol = j;
                }
            }
            out.add(b(s.substring(i, eol)));
            i = j;
        }
        return PyList.wrap(out.toArray(new PyObject[0]), out.size());
    }
}
