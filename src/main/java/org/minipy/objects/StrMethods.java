package org.minipy.objects;

import java.util.ArrayList;
import java.util.Locale;

/** The methods of {@code str} (CPython's {@code unicodeobject.c} method table). */
final class StrMethods {
    private StrMethods() {
    }

    static String s(PyObject o) {
        return ((PyStr) o).value();
    }

    /** A str argument, or TypeError "must be str, not int". */
    static String strArg(PyObject o) {
        if (o instanceof PyStr p) {
            return p.value();
        }
        throw PyErr.typeError("must be str, not %s", o.getType().getName());
    }

    static void install(PyType t) {
        t.put("__new__", new PyBuiltinFunction("__new__", StrMethods::newStr));
        slots(t);
        t.def("__getnewargs__", (a, kw) -> {
            ScalarArgs.none("str.__getnewargs__", a, kw);
            return new PyTuple(new PyObject[] {PyStr.of(s(a[0]))});
        });
        t.def("split", (a, kw) -> split(a, kw, false));
        t.def("rsplit", (a, kw) -> split(a, kw, true));
        t.def("join", (a, kw) -> {
            ScalarArgs.one("str.join", a, kw);
            return join(s(a[0]), a[1]);
        });
        t.def("strip", (a, kw) -> strip("strip", a, kw, true, true));
        t.def("lstrip", (a, kw) -> strip("lstrip", a, kw, true, false));
        t.def("rstrip", (a, kw) -> strip("rstrip", a, kw, false, true));
        t.def("replace", StrMethods::replace);
        t.def("find", (a, kw) -> PyInt.of(find("find", a, kw, false, false)));
        t.def("rfind", (a, kw) -> PyInt.of(find("rfind", a, kw, true, false)));
        t.def("index", (a, kw) -> PyInt.of(find("index", a, kw, false, true)));
        t.def("rindex", (a, kw) -> PyInt.of(find("rindex", a, kw, true, true)));
        t.def("count", StrMethods::count);
        t.def("startswith", (a, kw) -> tailMatch("startswith", a, kw, false));
        t.def("endswith", (a, kw) -> tailMatch("endswith", a, kw, true));
        t.def("upper", (a, kw) -> {
            ScalarArgs.none("str.upper", a, kw);
            return same(a[0], s(a[0]).toUpperCase(Locale.ROOT));
        });
        t.def("lower", (a, kw) -> {
            ScalarArgs.none("str.lower", a, kw);
            return same(a[0], s(a[0]).toLowerCase(Locale.ROOT));
        });
        t.def("casefold", (a, kw) -> {
            ScalarArgs.none("str.casefold", a, kw);
            return same(a[0], StrCase.casefold(s(a[0])));
        });
        t.def("title", (a, kw) -> {
            ScalarArgs.none("str.title", a, kw);
            return same(a[0], StrCase.title(s(a[0])));
        });
        t.def("capitalize", (a, kw) -> {
            ScalarArgs.none("str.capitalize", a, kw);
            return same(a[0], StrCase.capitalize(s(a[0])));
        });
        t.def("swapcase", (a, kw) -> {
            ScalarArgs.none("str.swapcase", a, kw);
            return same(a[0], StrCase.swapcase(s(a[0])));
        });
        predicate(t, "isdigit", StrCase::isDigit, false);
        predicate(t, "isdecimal", StrCase::isDecimal, false);
        predicate(t, "isnumeric", StrCase::isNumeric, false);
        predicate(t, "isalpha", Character::isLetter, false);
        predicate(t, "isalnum", StrCase::isAlnum, false);
        predicate(t, "isspace", StrCase::isSpace, false);
        predicate(t, "isprintable", PyStr::isPrintable, true);
        predicate(t, "isascii", c -> c < 128, true);
        t.def("isupper", (a, kw) -> {
            ScalarArgs.none("str.isupper", a, kw);
            return PyBool.of(StrCase.isUpper(s(a[0])));
        });
        t.def("islower", (a, kw) -> {
            ScalarArgs.none("str.islower", a, kw);
            return PyBool.of(StrCase.isLower(s(a[0])));
        });
        t.def("istitle", (a, kw) -> {
            ScalarArgs.none("str.istitle", a, kw);
            return PyBool.of(StrCase.isTitle(s(a[0])));
        });
        t.def("isidentifier", (a, kw) -> {
            ScalarArgs.none("str.isidentifier", a, kw);
            return PyBool.of(StrCase.isIdentifier(s(a[0])));
        });
        t.def("zfill", (a, kw) -> {
            ScalarArgs.one("str.zfill", a, kw);
            return zfill((PyStr) a[0], Abstract.index(a[1]));
        });
        t.def("center", (a, kw) -> pad("center", a, kw));
        t.def("ljust", (a, kw) -> pad("ljust", a, kw));
        t.def("rjust", (a, kw) -> pad("rjust", a, kw));
        t.def("partition", (a, kw) -> {
            ScalarArgs.one("str.partition", a, kw);
            return partition(s(a[0]), strArg(a[1]), false, a[0]);
        });
        t.def("rpartition", (a, kw) -> {
            ScalarArgs.one("str.rpartition", a, kw);
            return partition(s(a[0]), strArg(a[1]), true, a[0]);
        });
        t.def("splitlines", StrMethods::splitlines);
        t.def("expandtabs", StrMethods::expandtabs);
        t.def("removeprefix", (a, kw) -> {
            ScalarArgs.one("str.removeprefix", a, kw);
            String p = affix("removeprefix", a[1]);
            String v = s(a[0]);
            return v.startsWith(p) && !p.isEmpty() ? PyStr.of(v.substring(p.length())) : exact(a[0]);
        });
        t.def("removesuffix", (a, kw) -> {
            ScalarArgs.one("str.removesuffix", a, kw);
            String p = affix("removesuffix", a[1]);
            String v = s(a[0]);
            return v.endsWith(p) && !p.isEmpty() ? PyStr.of(v.substring(0, v.length() - p.length())) : exact(a[0]);
        });
        t.def("encode", StrMethods::encode);
        t.def("format", (a, kw) -> StrFormatter.format(s(a[0]), a, kw));
        t.def("format_map", (a, kw) -> {
            ScalarArgs.one("str.format_map", a, kw);
            return PyStr.of(StrFormatter.formatMap(s(a[0]), a[1]));
        });
        t.put("maketrans", new PyBuiltinFunction("maketrans", StrTranslate::maketrans));
        t.def("translate", (a, kw) -> {
            ScalarArgs.one("str.translate", a, kw);
            return StrTranslate.translate((PyStr) a[0], a[1]);
        });
    }

    /** The result string, reusing self when unchanged. */
    private static PyObject same(PyObject self, String r) {
        return r.equals(s(self)) ? ((PyStr) self).exact() : PyStr.of(r);
    }

    /** self as an exact str: methods that return their receiver unchanged return a str. */
    private static PyStr exact(PyObject self) {
        return ((PyStr) self).exact();
    }

    interface CodePointTest {
        boolean test(int c);
    }

    /** {@code isX()}: true if non-empty (unless {@code emptyTrue}) and every code point passes. */
    private static void predicate(PyType t, String name, CodePointTest test, boolean emptyTrue) {
        t.def(name, (a, kw) -> {
            ScalarArgs.none("str." + name, a, kw);
            String v = s(a[0]);
            if (v.isEmpty()) {
                return PyBool.of(emptyTrue);
            }
            for (int i = 0; i < v.length(); ) {
                int c = v.codePointAt(i);
                if (!test.test(c)) {
                    return PyBool.False;
                }
                i += Character.charCount(c);
            }
            return PyBool.True;
        });
    }

    private static void slots(PyType t) {
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
            return a[1] instanceof PyStr s ? PercentFormat.format(s.value(), a[0]) : PyNotImplemented.NotImplemented;
        });
        t.slot("__format__", (a, kw) -> {
            ScalarArgs.expected("__format__", a, kw, 1, 1);
            if (!(a[1] instanceof PyStr spec)) {
                throw PyErr.typeError("__format__() argument must be str, not %s", a[1].getType().getName());
            }
            return a[0].format(spec.value());
        });
    }

    // ---- constructor -------------------------------------------------------------------------

    private static final String[] NEW_PARAMS = {"object", "encoding", "errors"};

    private static PyObject newStr(PyObject[] a, String[] kw) {
        if (a.length == 0 || !(a[0] instanceof PyType cls) || !cls.isSubtypeOf(PyStr.TYPE)) {
            throw PyErr.typeError("str.__new__(X): X is not a subtype of str");
        }
        PyStr v = newStrValue(a, kw);
        return cls == PyStr.TYPE ? v : new PyStr.Sub(cls, v.value());
    }

    private static PyStr newStrValue(PyObject[] a, String[] kw) {
        int nkw = ArgParser.nkw(kw);
        if (a.length - 1 - nkw > 3) {
            throw PyErr.typeError("str() takes at most 3 arguments (%d given)", a.length - 1);
        }
        PyObject[] p = ScalarArgs.bind("str", a, kw, NEW_PARAMS, 0);
        if (p[1] == null && p[2] == null) {
            return p[0] == null ? PyStr.EMPTY : Abstract.str(p[0]);
        }
        String encoding = p[1] == null ? "utf-8" : argName("str", "encoding", p[1]);
        String errors = p[2] == null ? "strict" : argName("str", "errors", p[2]);
        PyObject o = p[0] == null ? PyBytes.EMPTY : p[0];
        if (o instanceof PyStr) {
            throw PyErr.typeError("decoding str is not supported");
        }
        if (!(o instanceof PyBytes b)) {
            throw PyErr.typeError("decoding to str: need a bytes-like object, %s found", o.getType().getName());
        }
        return PyStr.of(Codecs.decode(b.data(), encoding, errors));
    }

    /** A str argument of a function: "str() argument 'encoding' must be str, not int". */
    static String argName(String fn, String param, PyObject o) {
        if (o instanceof PyStr p) {
            return p.value();
        }
        throw PyErr.typeError("%s() argument '%s' must be str, not %s", fn, param, o.getType().getName());
    }

    // ---- split and join ----------------------------------------------------------------------

    private static final String[] SPLIT_PARAMS = {"sep", "maxsplit"};

    private static PyObject split(PyObject[] a, String[] kw, boolean right) {
        String name = right ? "rsplit" : "split";
        PyObject[] p = ScalarArgs.bind(name, a, kw, SPLIT_PARAMS, 0);
        String v = s(a[0]);
        int max = Integer.MAX_VALUE;
        if (p[1] != null) {
            PyInt m = Abstract.index(p[1]);
            max = m.signum() < 0 || !m.fitsInt() ? Integer.MAX_VALUE : m.intValue();
        }
        if (p[0] == null || p[0] == PyNone.None) {
            return right ? rsplitWhitespace(v, max) : splitWhitespace(v, max);
        }
        if (!(p[0] instanceof PyStr sepStr)) {
            throw PyErr.typeError("must be str or None, not %s", p[0].getType().getName());
        }
        String sep = sepStr.value();
        if (sep.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        return right ? rsplitSep(v, sep, max) : splitSep(v, sep, max, a[0]);
    }

    private static PyList splitWhitespace(String v, int max) {
        PyList out = new PyList();
        int n = v.length(), i = 0;
        while (i < n) {
            while (i < n && StrCase.isSpace(v.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            if (max-- == 0) {
                out.append(PyStr.of(v.substring(i)));
                break;
            }
            int j = i;
            while (j < n && !StrCase.isSpace(v.charAt(j))) {
                j++;
            }
            out.append(PyStr.of(v.substring(i, j)));
            i = j;
        }
        return out;
    }

    private static PyList rsplitWhitespace(String v, int max) {
        ArrayList<PyObject> parts = new ArrayList<>();
        int j = v.length();
        while (j > 0) {
            while (j > 0 && StrCase.isSpace(v.charAt(j - 1))) {
                j--;
            }
            if (j == 0) {
                break;
            }
            if (max-- == 0) {
                parts.add(PyStr.of(v.substring(0, j)));
                break;
            }
            int i = j;
            while (i > 0 && !StrCase.isSpace(v.charAt(i - 1))) {
                i--;
            }
            parts.add(PyStr.of(v.substring(i, j)));
            j = i;
        }
        return reversed(parts);
    }

    private static PyList reversed(ArrayList<PyObject> parts) {
        int n = parts.size();
        PyObject[] arr = new PyObject[n];
        for (int k = 0; k < n; k++) {
            arr[k] = parts.get(n - 1 - k);
        }
        return PyList.wrap(arr, n);
    }

    private static PyList splitSep(String v, String sep, int max, PyObject self) {
        PyList out = new PyList();
        int i = 0, sl = sep.length();
        int j = v.indexOf(sep);
        if (j < 0) {
            out.append(exact(self));
            return out;
        }
        while (j >= 0 && max-- > 0) {
            out.append(PyStr.of(v.substring(i, j)));
            i = j + sl;
            j = v.indexOf(sep, i);
        }
        out.append(PyStr.of(v.substring(i)));
        return out;
    }

    private static PyList rsplitSep(String v, String sep, int max) {
        ArrayList<PyObject> parts = new ArrayList<>();
        int end = v.length(), sl = sep.length();
        int j = v.lastIndexOf(sep, end - sl);
        while (j >= 0 && max-- > 0) {
            parts.add(PyStr.of(v.substring(j + sl, end)));
            end = j;
            j = end - sl >= 0 ? v.lastIndexOf(sep, end - sl) : -1;
        }
        parts.add(PyStr.of(v.substring(0, end)));
        return reversed(parts);
    }

    /** {@code sep.join(iterable)}. */
    static PyStr join(String sep, PyObject iterable) {
        PyObject[] items;
        int n;
        if (iterable instanceof PyList l) {
            return joinList(sep, l);
        } else if (iterable instanceof PyTuple tup) {
            items = tup.items();
            n = items.length;
        } else {
            PyObject it;
            try {
                it = Abstract.iter(iterable);
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError) && iterable.iter() == null
                        && Abstract.special(iterable, "__iter__") == null) {
                    throw PyErr.typeError("can only join an iterable");
                }
                throw e;
            }
            ArrayList<PyObject> list = new ArrayList<>();
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                list.add(x);
            }
            items = list.toArray(new PyObject[0]);
            n = items.length;
        }
        if (n == 1 && items[0] instanceof PyStr only) {
            return only.exact();
        }
        int total = sep.length() * Math.max(0, n - 1);
        for (int k = 0; k < n; k++) {
            if (!(items[k] instanceof PyStr p)) {
                throw PyErr.typeError("sequence item %d: expected str instance, %s found", k,
                        items[k].getType().getName());
            }
            total += p.value().length();
        }
        StringBuilder sb = new StringBuilder(total);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                sb.append(sep);
            }
            sb.append(((PyStr) items[k]).value());
        }
        return PyStr.of(sb.toString());
    }

    /** join over a list without copying it (the common case). */
    private static PyStr joinList(String sep, PyList l) {
        int n = l.size();
        if (n == 1 && l.get(0) instanceof PyStr only) {
            return only.exact();
        }
        int total = sep.length() * Math.max(0, n - 1);
        for (int k = 0; k < n; k++) {
            PyObject x = l.get(k);
            if (!(x instanceof PyStr p)) {
                throw PyErr.typeError("sequence item %d: expected str instance, %s found", k, x.getType().getName());
            }
            total += p.value().length();
        }
        StringBuilder sb = new StringBuilder(total);
        for (int k = 0; k < n && k < l.size(); k++) {
            if (k > 0) {
                sb.append(sep);
            }
            sb.append(((PyStr) l.get(k)).value());
        }
        return PyStr.of(sb.toString());
    }

    // ---- strip, replace ----------------------------------------------------------------------

    private static PyObject strip(String name, PyObject[] a, String[] kw, boolean left, boolean right) {
        ScalarArgs.expected(name, a, kw, 0, 1);
        String v = s(a[0]);
        String chars = null;
        if (a.length > 1 && a[1] != PyNone.None) {
            if (!(a[1] instanceof PyStr c)) {
                throw PyErr.typeError("%s arg must be None or str", name);
            }
            chars = c.value();
        }
        int i = 0, j = v.length();
        if (chars == null) {
            while (left && i < j && StrCase.isSpace(v.charAt(i))) {
                i++;
            }
            while (right && j > i && StrCase.isSpace(v.charAt(j - 1))) {
                j--;
            }
        } else {
            while (left && i < j) {
                int c = v.codePointAt(i);
                if (chars.indexOf(c) < 0) {
                    break;
                }
                i += Character.charCount(c);
            }
            while (right && j > i) {
                int c = v.codePointBefore(j);
                if (chars.indexOf(c) < 0) {
                    break;
                }
                j -= Character.charCount(c);
            }
        }
        return i == 0 && j == v.length() ? exact(a[0]) : PyStr.of(v.substring(i, j));
    }

    private static PyObject replace(PyObject[] a, String[] kw) {
        ScalarArgs.expected("replace", a, kw, 2, 3);
        String v = s(a[0]);
        if (!(a[1] instanceof PyStr o)) {
            throw PyErr.typeError("replace() argument 1 must be str, not %s", a[1].getType().getName());
        }
        if (!(a[2] instanceof PyStr r)) {
            throw PyErr.typeError("replace() argument 2 must be str, not %s", a[2].getType().getName());
        }
        long count = -1;
        if (a.length > 3) {
            PyInt c = Abstract.index(a[3]);
            count = c.isBig() ? (c.signum() < 0 ? -1 : Long.MAX_VALUE) : c.value;
        }
        String old = o.value(), rep = r.value();
        if (count == 0) {
            return exact(a[0]);
        }
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            long done = 0;
            int i = 0;
            while (i <= v.length()) {
                if (count < 0 || done < count) {
                    sb.append(rep);
                    done++;
                } else {
                    sb.append(v, i, v.length());
                    break;
                }
                if (i == v.length()) {
                    break;
                }
                int c = v.codePointAt(i);
                sb.appendCodePoint(c);
                i += Character.charCount(c);
            }
            return PyStr.of(sb.toString());
        }
        int j = v.indexOf(old);
        if (j < 0) {
            return exact(a[0]);
        }
        if (count < 0) {
            return PyStr.of(v.replace(old, rep));
        }
        StringBuilder sb = new StringBuilder(v.length());
        int i = 0;
        while (j >= 0 && count-- > 0) {
            sb.append(v, i, j).append(rep);
            i = j + old.length();
            j = v.indexOf(old, i);
        }
        sb.append(v, i, v.length());
        return PyStr.of(sb.toString());
    }

    // ---- searching ---------------------------------------------------------------------------

    /** CPython's ADJUST_INDICES for a start argument: negative counts from the end; not clamped above. */
    static int adjustStart(int i, int len) {
        return i < 0 ? Math.max(i + len, 0) : i;
    }

    /** ADJUST_INDICES for an end argument: clamped to 0..len. */
    static int adjust(int i, int len) {
        if (i < 0) {
            i += len;
            return Math.max(i, 0);
        }
        return Math.min(i, len);
    }

    private static int sliceArg(PyObject o, int dflt) {
        if (o == null || o == PyNone.None) {
            return dflt;
        }
        long v = PySlice.sliceIndex(o);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /** find/rfind/index/rindex: the code point index of sub in self[start:end], or -1 / ValueError. */
    private static int find(String name, PyObject[] a, String[] kw, boolean reverse, boolean raise) {
        ScalarArgs.range(name, a, kw, 1, 3);
        PyStr self = (PyStr) a[0];
        String sub = strArg(a[1]);
        int r = findIn(self, sub, a.length > 2 ? a[2] : null, a.length > 3 ? a[3] : null, reverse);
        if (r < 0 && raise) {
            throw PyErr.valueError("substring not found");
        }
        return r;
    }

    static int findIn(PyStr self, String sub, PyObject startArg, PyObject endArg, boolean reverse) {
        int len = self.length();
        int start = sliceArg(startArg, 0), end = sliceArg(endArg, len);
        start = adjustStart(start, len);
        end = adjust(end, len);
        if (end - start < sub.length()) {
            return -1;
        }
        String v = self.value();
        int cs = self.charIndex(start), ce = self.charIndex(end);
        int r;
        if (reverse) {
            r = v.lastIndexOf(sub, ce - sub.length());
            if (r < cs) {
                return -1;
            }
        } else {
            r = v.indexOf(sub, cs);
            if (r < 0 || r + sub.length() > ce) {
                return -1;
            }
        }
        return self.cpIndex(r);
    }

    private static PyObject count(PyObject[] a, String[] kw) {
        ScalarArgs.range("count", a, kw, 1, 3);
        PyStr self = (PyStr) a[0];
        String sub = strArg(a[1]);
        int len = self.length();
        int start = adjustStart(sliceArg(a.length > 2 ? a[2] : null, 0), len);
        int end = adjust(sliceArg(a.length > 3 ? a[3] : null, len), len);
        if (start > end) {
            return PyInt.ZERO;
        }
        if (sub.isEmpty()) {
            return PyInt.of(end - start + 1);
        }
        String v = self.value();
        int cs = self.charIndex(start), ce = self.charIndex(end);
        int n = 0;
        for (int j = v.indexOf(sub, cs); j >= 0 && j + sub.length() <= ce; j = v.indexOf(sub, j + sub.length())) {
            n++;
        }
        return PyInt.of(n);
    }

    private static PyObject tailMatch(String name, PyObject[] a, String[] kw, boolean end) {
        ScalarArgs.range(name, a, kw, 1, 3);
        PyStr self = (PyStr) a[0];
        PyObject startArg = a.length > 2 ? a[2] : null, endArg = a.length > 3 ? a[3] : null;
        if (a[1] instanceof PyTuple tup) {
            for (PyObject o : tup.items()) {
                if (!(o instanceof PyStr p)) {
                    throw PyErr.typeError("tuple for %s must only contain str, not %s", name, o.getType().getName());
                }
                if (matches(self, p.value(), startArg, endArg, end)) {
                    return PyBool.True;
                }
            }
            return PyBool.False;
        }
        if (!(a[1] instanceof PyStr p)) {
            throw PyErr.typeError("%s first arg must be str or a tuple of str, not %s", name, a[1].getType().getName());
        }
        return PyBool.of(matches(self, p.value(), startArg, endArg, end));
    }

    private static boolean matches(PyStr self, String affix, PyObject startArg, PyObject endArg, boolean atEnd) {
        int len = self.length();
        int start = sliceArg(startArg, 0), stop = sliceArg(endArg, len);
        start = adjustStart(start, len);
        stop = adjust(stop, len);
        if (start > len) {
            return false;
        }
        String v = self.value();
        int cs = self.charIndex(start), ce = self.charIndex(Math.max(start, stop));
        if (ce - cs < affix.length()) {
            return false;
        }
        return atEnd ? v.startsWith(affix, ce - affix.length()) : v.startsWith(affix, cs);
    }

    private static String affix(String name, PyObject o) {
        if (o instanceof PyStr p) {
            return p.value();
        }
        throw PyErr.typeError("%s() argument must be str, not %s", name, o.getType().getName());
    }

    // ---- padding -----------------------------------------------------------------------------

    private static PyObject pad(String name, PyObject[] a, String[] kw) {
        ScalarArgs.expected(name, a, kw, 1, 2);
        PyStr self = (PyStr) a[0];
        PyInt w = Abstract.index(a[1]);
        int fill = ' ';
        if (a.length > 2) {
            if (!(a[2] instanceof PyStr f)) {
                throw PyErr.typeError("The fill character must be a unicode character, not %s", a[2].getType().getName());
            }
            if (f.length() != 1) {
                throw PyErr.typeError("The fill character must be exactly one character long");
            }
            fill = f.value().codePointAt(0);
        }
        int len = self.length();
        if (w.isBig() || w.value <= len) {
            if (w.isBig() && w.signum() > 0) {
                throw PyErr.overflowError("Python int too large to convert to C ssize_t");
            }
            return self.exact();
        }
        int width = (int) Math.min(w.value, Integer.MAX_VALUE);
        int padding = width - len;
        int left;
        switch (name) {
            case "ljust":
                left = 0;
                break;
            case "rjust":
                left = padding;
                break;
            default:
                left = padding / 2 + (padding & width & 1);
                break;
        }
        String f = new String(Character.toChars(fill));
        return PyStr.of(f.repeat(left) + self.value() + f.repeat(padding - left));
    }

    static PyObject zfill(PyStr self, PyInt w) {
        int len = self.length();
        if (w.isBig() || w.value <= len) {
            return self.exact();
        }
        int fill = (int) w.value - len;
        String v = self.value();
        StringBuilder sb = new StringBuilder((int) w.value);
        int start = 0;
        if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
            sb.append(v.charAt(0));
            start = 1;
        }
        sb.append("0".repeat(fill)).append(v, start, v.length());
        return PyStr.of(sb.toString());
    }

    // ---- partition, lines, tabs --------------------------------------------------------------

    private static PyObject partition(String v, String sep, boolean right, PyObject self) {
        if (sep.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        int j = right ? v.lastIndexOf(sep) : v.indexOf(sep);
        if (j < 0) {
            PyStr all = exact(self);
            return right ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, all) : PyTuple.of(all, PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(v.substring(0, j)), PyStr.of(sep), PyStr.of(v.substring(j + sep.length())));
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static final String[] SPLITLINES_PARAMS = {"keepends"};

    private static PyObject splitlines(PyObject[] a, String[] kw) {
        PyObject[] p = ScalarArgs.bind("splitlines", a, kw, SPLITLINES_PARAMS, 0);
        boolean keep = p[0] != null && Abstract.index(p[0]).signum() != 0;
        String v = s(a[0]);
        PyList out = new PyList();
        int n = v.length(), i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(v.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (v.charAt(j) == '\r' && j + 1 < n && v.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
                if (keep) {
                    eol = j;
                }
            }
            out.append(PyStr.of(v.substring(i, eol)));
            i = j;
        }
        return out;
    }

    private static final String[] EXPANDTABS_PARAMS = {"tabsize"};

    private static PyObject expandtabs(PyObject[] a, String[] kw) {
        PyObject[] p = ScalarArgs.bind("expandtabs", a, kw, EXPANDTABS_PARAMS, 0);
        int tab = p[0] == null ? 8 : Abstract.indexAsInt(p[0]);
        String v = s(a[0]);
        if (v.indexOf('\t') < 0) {
            return exact(a[0]);
        }
        return PyStr.of(expandTabs(v, tab));
    }

    /** Tabs to spaces up to the next multiple of {@code tab}; the column restarts after \n and \r (bytes use it too). */
    static String expandTabs(String v, int tab) {
        StringBuilder sb = new StringBuilder(v.length() + 16);
        int col = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\t') {
                if (tab > 0) {
                    int spaces = tab - col % tab;
                    sb.append(" ".repeat(spaces));
                    col += spaces;
                }
            } else {
                sb.append(c);
                col = c == '\n' || c == '\r' ? 0 : Character.isLowSurrogate(c) ? col : col + 1;
            }
        }
        return sb.toString();
    }

    private static final String[] ENCODE_PARAMS = {"encoding", "errors"};

    private static PyObject encode(PyObject[] a, String[] kw) {
        PyObject[] p = ScalarArgs.bind("encode", a, kw, ENCODE_PARAMS, 0);
        String encoding = p[0] == null ? "utf-8" : argName("encode", "encoding", p[0]);
        String errors = p[1] == null ? "strict" : argName("encode", "errors", p[1]);
        return PyBytes.of(Codecs.encode(s(a[0]), encoding, errors));
    }
}
