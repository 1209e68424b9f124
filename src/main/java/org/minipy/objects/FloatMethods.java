package org.minipy.objects;

import org.minipy.objects.num.FloatParse;

/** The methods, attributes and constructor of {@code float}. */
final class FloatMethods {
    private FloatMethods() {
    }

    private static double self(PyObject o) {
        return ((PyFloat) o).value;
    }

    static void install(PyType t) {
        t.put("__new__", new PyBuiltinFunction("__new__", FloatMethods::newFloat));
        ScalarSlots.binary(t, BinaryOps.ADD, BinaryOps.SUBTRACT, BinaryOps.MULTIPLY, BinaryOps.TRUE_DIVIDE,
                BinaryOps.FLOOR_DIVIDE, BinaryOps.REMAINDER, BinaryOps.POWER);
        ScalarSlots.unary(t, false);
        t.slot("__int__", (a, kw) -> {
            ScalarSlots.check(t, "__int__", a, 1);
            return a[0].asInt();
        });
        t.slot("__float__", (a, kw) -> {
            ScalarSlots.check(t, "__float__", a, 1);
            return ((PyFloat) a[0]).exact();
        });
        t.def("__getnewargs__", (a, kw) -> {
            ScalarArgs.none("float.__getnewargs__", a, kw);
            return new PyTuple(new PyObject[] {((PyFloat) a[0]).exact()});
        });
        t.put("__getformat__", new PyClassMethodDescr("__getformat__", (a, kw) -> {
            ArgParser.noKeywords("__getformat__", kw);
            if (a.length != 2) {
                throw PyErr.typeError("float.__getformat__() takes exactly one argument (%d given)", a.length - 1);
            }
            if (!(a[1] instanceof PyStr s)) {
                throw PyErr.typeError("__getformat__() argument must be str, not %s", a[1].getType().getName());
            }
            if (!s.value().equals("double") && !s.value().equals("float")) {
                throw PyErr.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            // Java's float and double are IEEE 754; the byte order is the machine's, as in CPython
            return PyStr.of(java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN
                    ? "IEEE, little-endian" : "IEEE, big-endian");
        }));
        t.def("__trunc__", (a, kw) -> {
            ScalarArgs.none("float.__trunc__", a, kw);
            return IntOps.fromDouble(self(a[0]));
        });
        t.def("__floor__", (a, kw) -> {
            ScalarArgs.none("float.__floor__", a, kw);
            return IntOps.fromDouble(Math.floor(self(a[0])));
        });
        t.def("__ceil__", (a, kw) -> {
            ScalarArgs.none("float.__ceil__", a, kw);
            return IntOps.fromDouble(Math.ceil(self(a[0])));
        });
        t.def("__round__", (a, kw) -> {
            ScalarArgs.expected("__round__", a, kw, 0, 1);
            return round(self(a[0]), a.length > 1 ? a[1] : null);
        });
        t.def("__divmod__", (a, kw) -> {
            ScalarSlots.check(t, "__divmod__", a, 2);
            return divmod(a[0], a[1]);
        });
        t.def("__rdivmod__", (a, kw) -> {
            ScalarSlots.check(t, "__rdivmod__", a, 2);
            return divmod(a[1], a[0]);
        });
        t.def("is_integer", (a, kw) -> {
            ScalarArgs.none("float.is_integer", a, kw);
            double d = self(a[0]);
            return PyBool.of(!Double.isInfinite(d) && d == Math.floor(d));
        });
        t.def("as_integer_ratio", (a, kw) -> {
            ScalarArgs.none("float.as_integer_ratio", a, kw);
            return FloatOps.asIntegerRatio(self(a[0]));
        });
        t.def("conjugate", (a, kw) -> {
            ScalarArgs.none("float.conjugate", a, kw);
            return ((PyFloat) a[0]).exact();
        });
        t.def("hex", (a, kw) -> {
            ScalarArgs.none("float.hex", a, kw);
            return PyStr.of(FloatOps.hex(self(a[0])));
        });
        t.put("fromhex", new PyBuiltinFunction("fromhex", (a, kw) -> {
            ArgParser.noKeywords("fromhex", kw);
            if (a.length != 1) {
                throw PyErr.typeError("float.fromhex() takes exactly one argument (%d given)", a.length);
            }
            if (!(a[0] instanceof PyStr s)) {
                throw PyErr.typeError("bad argument type for built-in operation");
            }
            return PyFloat.of(FloatOps.fromHex(s.value()));
        }));
        t.slot("__format__", (a, kw) -> {
            ScalarArgs.expected("__format__", a, kw, 1, 1);
            if (!(a[1] instanceof PyStr spec)) {
                throw PyErr.typeError("__format__() argument must be str, not %s", a[1].getType().getName());
            }
            return a[0].format(spec.value());
        });
        t.put("real", new PyGetSetDescr(t, "real", o -> ((PyFloat) o).exact(), null));
        t.put("imag", new PyGetSetDescr(t, "imag", o -> PyFloat.of(0.0), null));
    }

    /** {@code divmod(a, b)} where one operand is a float and the other a float or int. */
    static PyObject divmod(PyObject a, PyObject b) {
        if (!(a instanceof PyFloat || a instanceof PyInt) || !(b instanceof PyFloat || b instanceof PyInt)) {
            return PyNotImplemented.NotImplemented;
        }
        double x = a instanceof PyFloat f ? f.value : ((PyInt) a).doubleValue();
        double y = b instanceof PyFloat f ? f.value : ((PyInt) b).doubleValue();
        double[] qr = FloatOps.divmod(x, y);
        return PyTuple.of(PyFloat.of(qr[0]), PyFloat.of(qr[1]));
    }

    /** {@code round(x)} (an int) or {@code round(x, n)} (a float). */
    static PyObject round(double x, PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.None) {
            return FloatOps.roundToInt(x);
        }
        PyInt n = Abstract.index(ndigits);
        long nd = n.big != null ? (n.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : n.value;
        return PyFloat.of(FloatOps.round(x, nd));
    }

    private static PyObject newFloat(PyObject[] a, String[] kw) {
        if (a.length == 0 || !(a[0] instanceof PyType cls) || !cls.isSubtypeOf(PyFloat.TYPE)) {
            throw PyErr.typeError("float.__new__(X): X is not a subtype of float");
        }
        ArgParser.noKeywords("float", kw);
        if (a.length > 2) {
            throw PyErr.typeError("float expected at most 1 argument, got %d", a.length - 1);
        }
        PyFloat v = a.length == 1 ? PyFloat.of(0.0) : toFloat(a[1]);
        return cls == PyFloat.TYPE ? v : new PyFloat.Sub(cls, v.value);
    }

    /** {@code float(x)}: CPython's {@code PyNumber_Float}. */
    public static PyFloat toFloat(PyObject x) {
        if (x.getType() == PyFloat.TYPE) {
            return (PyFloat) x;
        }
        PyObject m = Abstract.special(x, "__float__");
        if (m != null) {
            PyObject r = Abstract.callSpecial(m, x);
            if (!(r instanceof PyFloat f)) {
                throw PyErr.typeError("%s.__float__ returned non-float (type %s)", x.getType().getName(),
                        r.getType().getName());
            }
            return f;
        }
        PyFloat f = x.asFloat();
        if (f != null) {
            return f;
        }
        if (Abstract.special(x, "__index__") != null) {
            return PyFloat.of(Abstract.index(x).doubleValue());
        }
        if (x instanceof PyStr s) {
            return parse(s.value(), s);
        }
        if (x instanceof PyBytes b) {
            return parse(b.latin1(), b);
        }
        throw PyErr.typeError("float() argument must be a string or a real number, not '%s'", x.getType().getName());
    }

    private static PyFloat parse(String s, PyObject original) {
        try {
            return PyFloat.of(FloatParse.parse(s));
        } catch (NumberFormatException e) {
            throw PyErr.valueError("could not convert string to float: %s", original.repr().value());
        }
    }
}
