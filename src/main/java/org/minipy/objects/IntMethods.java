package org.minipy.objects;

import java.math.BigInteger;
import org.minipy.objects.num.IntParse;

/** The methods, attributes and constructor of {@code int}. */
final class IntMethods {
    private IntMethods() {
    }

    private static PyInt self(PyObject o) {
        return (PyInt) o;
    }

    /** A plain int with the value of an int or bool. */
    static PyInt exact(PyInt i) {
        return i.exact();
    }

    static void install(PyType t) {
        t.put("__new__", new PyBuiltinFunction("__new__", IntMethods::newInt));
        ScalarSlots.binary(t, BinaryOps.ADD, BinaryOps.SUBTRACT, BinaryOps.MULTIPLY, BinaryOps.TRUE_DIVIDE,
                BinaryOps.FLOOR_DIVIDE, BinaryOps.REMAINDER, BinaryOps.POWER, BinaryOps.LSHIFT,
                BinaryOps.RSHIFT, BinaryOps.AND, BinaryOps.OR, BinaryOps.XOR);
        ScalarSlots.unary(t, true);
        t.slot("__index__", (a, kw) -> {
            ScalarSlots.check(t, "__index__", a, 1);
            return exact(self(a[0]));
        });
        // int's comparisons take ints only: with a float they are NotImplemented and float's
        // reflected method answers (1 < 2.0 itself compares in Java, without these wrappers)
        for (CompareOp op : CompareOp.values()) {
            t.slot(op.dunder, (a, kw) -> {
                ScalarSlots.check(t, op.dunder, a, 2);
                return a[1] instanceof PyInt ? a[0].richCompare(a[1], op) : PyNotImplemented.NotImplemented;
            });
        }
        t.def("__getnewargs__", (a, kw) -> {
            ScalarArgs.none("int.__getnewargs__", a, kw);
            return new PyTuple(new PyObject[] {exact(self(a[0]))});
        });
        t.slot("__int__", (a, kw) -> {
            ScalarSlots.check(t, "__int__", a, 1);
            return exact(self(a[0]));
        });
        t.slot("__float__", (a, kw) -> {
            ScalarSlots.check(t, "__float__", a, 1);
            return a[0].asFloat();
        });
        t.def("__divmod__", (a, kw) -> {
            ScalarSlots.check(t, "__divmod__", a, 2);
            return a[1] instanceof PyInt b ? divmodTuple(self(a[0]), b) : PyNotImplemented.NotImplemented;
        });
        t.def("__rdivmod__", (a, kw) -> {
            ScalarSlots.check(t, "__rdivmod__", a, 2);
            return a[1] instanceof PyInt b ? divmodTuple(b, self(a[0])) : PyNotImplemented.NotImplemented;
        });
        t.def("__trunc__", (a, kw) -> noArgs("__trunc__", a, kw));
        t.def("__floor__", (a, kw) -> noArgs("__floor__", a, kw));
        t.def("__ceil__", (a, kw) -> noArgs("__ceil__", a, kw));
        t.def("conjugate", (a, kw) -> noArgs("conjugate", a, kw));
        t.def("__round__", (a, kw) -> {
            ScalarArgs.expected("__round__", a, kw, 0, 1);
            return round(self(a[0]), a.length > 1 ? a[1] : null);
        });
        t.def("bit_length", (a, kw) -> {
            ScalarArgs.none("int.bit_length", a, kw);
            return PyInt.of(IntOps.bitLength(self(a[0])));
        });
        t.def("bit_count", (a, kw) -> {
            ScalarArgs.none("int.bit_count", a, kw);
            return PyInt.of(IntOps.bitCount(self(a[0])));
        });
        t.def("as_integer_ratio", (a, kw) -> {
            ScalarArgs.none("int.as_integer_ratio", a, kw);
            return PyTuple.of(exact(self(a[0])), PyInt.ONE);
        });
        t.def("to_bytes", IntMethods::toBytes);
        t.put("from_bytes", new PyBuiltinFunction("from_bytes", IntMethods::fromBytes));
        t.slot("__format__", (a, kw) -> {
            ScalarArgs.expected("__format__", a, kw, 1, 1);
            if (!(a[1] instanceof PyStr spec)) {
                throw PyErr.typeError("__format__() argument must be str, not %s", a[1].getType().getName());
            }
            return a[0].format(spec.value());
        });
        t.put("real", new PyGetSetDescr(t, "real", o -> exact(self(o)), null));
        t.put("imag", new PyGetSetDescr(t, "imag", o -> PyInt.ZERO, null));
        t.put("numerator", new PyGetSetDescr(t, "numerator", o -> exact(self(o)), null));
        t.put("denominator", new PyGetSetDescr(t, "denominator", o -> PyInt.ONE, null));
    }

    private static PyObject noArgs(String name, PyObject[] a, String[] kw) {
        ScalarArgs.none("int." + name, a, kw);
        return exact(self(a[0]));
    }

    static PyTuple divmodTuple(PyInt a, PyInt b) {
        PyInt[] qr = IntOps.divmod(a, b);
        return PyTuple.of(qr[0], qr[1]);
    }

    /** {@code round(i, ndigits)}: ties to even at the given negative decimal position. */
    static PyInt round(PyInt i, PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.None) {
            if (ndigits == PyNone.None) {
                throw PyErr.typeError("'NoneType' object cannot be interpreted as an integer");
            }
            return exact(i);
        }
        PyInt nd = Abstract.index(ndigits);
        if (nd.signum() >= 0) {
            return exact(i);
        }
        if (nd.big != null || nd.value < -100000) {
            return PyInt.ZERO;
        }
        BigInteger pow10 = BigInteger.TEN.pow((int) -nd.value);
        BigInteger[] qr = IntOps.bigDivmod(i.bigValue(), pow10);
        int c = qr[1].shiftLeft(1).compareTo(pow10);
        BigInteger q = qr[0];
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(pow10));
    }

    private static final String[] TO_BYTES_PARAMS = {"length", "byteorder", "signed"};

    private static PyObject toBytes(PyObject[] a, String[] kw) {
        PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
        checkKeywordOnly("to_bytes", rest, kw, 2);
        PyObject[] p = ArgParser.bind("to_bytes", rest, kw, TO_BYTES_PARAMS, 0, 0);
        int length = p[0] == null ? 1 : Abstract.indexAsInt(p[0]);
        boolean little = byteorder(p[1]);
        boolean signed = p[2] != null && Abstract.isTrue(p[2]);
        if (length < 0) {
            throw PyErr.valueError("length argument must be non-negative");
        }
        BigInteger v = self(a[0]).bigValue();
        if (!signed && v.signum() < 0) {
            throw PyErr.overflowError("can't convert negative int to unsigned");
        }
        int needed = signed ? v.bitLength() + 1 : v.bitLength();
        if (needed > (long) length * 8) {
            throw PyErr.overflowError("int too big to convert");
        }
        byte[] out = new byte[length];
        for (int k = 0; k < length; k++) {
            byte b = v.shiftRight(8 * k).byteValue();
            out[little ? k : length - 1 - k] = b;
        }
        return PyBytes.of(out);
    }

    private static final String[] FROM_BYTES_PARAMS = {"bytes", "byteorder", "signed"};

    private static PyObject fromBytes(PyObject[] a, String[] kw) {
        checkKeywordOnly("from_bytes", a, kw, 2);
        PyObject[] p = ArgParser.bind("from_bytes", a, kw, FROM_BYTES_PARAMS, 0, 1);
        boolean little = byteorder(p[1]);
        boolean signed = p[2] != null && Abstract.isTrue(p[2]);
        byte[] data = PyBytes.bytesLike(p[0], "cannot convert '%s' object to bytes");
        byte[] be = new byte[data.length + 1];
        for (int k = 0; k < data.length; k++) {
            be[k + 1] = data[little ? data.length - 1 - k : k];
        }
        BigInteger v = new BigInteger(be);
        if (signed && data.length > 0 && (be[1] & 0x80) != 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(8 * data.length));
        }
        return PyInt.of(v);
    }

    private static void checkKeywordOnly(String name, PyObject[] a, String[] kw, int maxPositional) {
        int npos = a.length - ArgParser.nkw(kw);
        if (npos > maxPositional) {
            throw PyErr.typeError("%s() takes at most %d positional arguments (%d given)", name, maxPositional, npos);
        }
    }

    private static boolean byteorder(PyObject o) {
        if (o == null) {
            return false;
        }
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("to_bytes() argument 'byteorder' must be str, not %s", o.getType().getName());
        }
        if (s.value().equals("little")) {
            return true;
        }
        if (s.value().equals("big")) {
            return false;
        }
        throw PyErr.valueError("byteorder must be either 'little' or 'big'");
    }

    /** An optional '-' then 1..17 ASCII digits: the common int(str) that a long parses exactly. */
    private static boolean isPlainDecimal(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        if (i >= s.length()) {
            return false;
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    // ---- int(x=0, base=10) -------------------------------------------------------------------

    private static PyObject newInt(PyObject[] a, String[] kw) {
        if (a.length == 0 || !(a[0] instanceof PyType cls) || !cls.isSubtypeOf(PyInt.TYPE)) {
            throw PyErr.typeError("int.__new__(X): X is not a subtype of int");
        }
        PyInt v = newIntValue(a, kw);
        return cls == PyInt.TYPE ? v : new PyInt.Sub(cls, v.value, v.big);
    }

    private static PyInt newIntValue(PyObject[] a, String[] kw) {
        int nkw = ArgParser.nkw(kw);
        int npos = a.length - nkw - 1;
        if (npos > 2) {
            throw PyErr.typeError("int() takes at most 2 arguments (%d given)", npos + nkw);
        }
        PyObject x = npos >= 1 ? a[1] : null;
        PyObject base = npos >= 2 ? a[2] : null;
        for (int k = 0; k < nkw; k++) {
            if (!kw[k].equals("base")) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for int()", kw[k]);
            }
            if (base != null) {
                throw PyErr.typeError("argument for int() given by name ('base') and position (2)");
            }
            base = a[npos + 1 + k];
        }
        if (x == null) {
            if (base != null) {
                throw PyErr.typeError("int() missing string argument");
            }
            return PyInt.ZERO;
        }
        if (base == null) {
            return toInt(x);
        }
        PyInt b = Abstract.index(base);
        if (b.big != null || (b.value != 0 && (b.value < 2 || b.value > 36))) {
            throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        if (x instanceof PyStr s) {
            return parse(s.value(), (int) b.value, s);
        }
        if (x instanceof PyBytes by) {
            return parse(by.latin1(), (int) b.value, by);
        }
        throw PyErr.typeError("int() can't convert non-string with explicit base");
    }

    /** {@code int(x)} for one argument: CPython's {@code PyNumber_Long}. */
    public static PyInt toInt(PyObject x) {
        if (x.getType() == PyInt.TYPE) {
            return (PyInt) x;
        }
        PyObject m = Abstract.special(x, "__int__");
        if (m != null) {
            PyObject r = Abstract.callSpecial(m, x);
            if (!(r instanceof PyInt i)) {
                throw PyErr.typeError("__int__ returned non-int (type %s)", r.getType().getName());
            }
            return exact(i);
        }
        PyObject r = x.asInt();
        if (r instanceof PyInt i) {
            return exact(i);
        }
        if (Abstract.special(x, "__index__") != null) {
            return exact(Abstract.index(x));
        }
        PyObject trunc = x.getType().isHeap() ? x.getType().lookup("__trunc__") : null;
        if (trunc != null) {
            PyObject t = Abstract.callSpecial(trunc, x);
            if (t instanceof PyInt ti) {
                return exact(ti);
            }
            if (Abstract.special(t, "__index__") == null) {
                throw PyErr.typeError("__trunc__ returned non-Integral (type %s)", t.getType().getName());
            }
            return exact(Abstract.index(t));
        }
        if (x instanceof PyStr s) {
            return parse(s.value(), 10, s);
        }
        if (x instanceof PyBytes b) {
            return parse(b.latin1(), 10, b);
        }
        throw PyErr.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                x.getType().getName());
    }

    private static PyInt parse(String s, int base, PyObject original) {
        if (base == 10 && s.length() <= 18 && isPlainDecimal(s)) {
            return PyInt.of(Long.parseLong(s));
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Only Unicode decimal digits and spaces may stand for ASCII ones (not e.g. fullwidth letters).
            if (c >= 0x80 && !Character.isDigit(c) && !IntOps.isUnicodeSpace(c)) {
                throw PyErr.valueError("invalid literal for int() with base %d: %s", base, original.repr().value());
            }
        }
        try {
            return PyInt.of(IntParse.parse(s, base));
        } catch (NumberFormatException e) {
            String msg = e.getMessage();
            if (original instanceof PyBytes && msg.startsWith("invalid literal")) {
                msg = "invalid literal for int() with base " + base + ": " + original.repr().value();
            }
            throw PyErr.valueError("%s", msg);
        }
    }
}
