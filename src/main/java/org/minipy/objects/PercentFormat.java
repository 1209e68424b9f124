package org.minipy.objects;

import org.minipy.objects.num.FormatError;
import org.minipy.objects.num.PercentSpec;

/**
 * {@code str % args} and {@code bytes % args} (printf-style formatting, CPython's
 * {@code PyUnicode_Format} and {@code _PyBytes_FormatEx}): the argument handling and type
 * checks; the layout of each directive is done by {@link org.minipy.objects.num.PercentFormat}.
 * Bytes are formatted as text of chars 0-255 (Latin-1), so one parser and layout serve both.
 */
public final class PercentFormat {
    private PercentFormat() {
    }

    /** {@code fmt % args}: args is a tuple of values, a mapping for %(key)s, or a single value. */
    public static PyStr format(String fmt, PyObject args) {
        return PyStr.of(format(fmt, args, false));
    }

    /** {@code fmt % args} for a bytes format. */
    public static PyBytes format(PyBytes fmt, PyObject args) {
        return PyBytes.ofLatin1(format(fmt.latin1(), args, true));
    }

    private static String format(String fmt, PyObject args, boolean bytes) {
        int first = fmt.indexOf('%');
        PyObject[] items;
        boolean tuple = args instanceof PyTuple;
        items = tuple ? ((PyTuple) args).items() : new PyObject[] {args};
        boolean self = bytes ? args instanceof PyBytes : args instanceof PyStr;
        PyObject dict = !tuple && !self && isMapping(args) ? args : null;
        String notAll = bytes ? "not all arguments converted during bytes formatting"
                : "not all arguments converted during string formatting";
        if (first < 0) {
            if (!tuple && dict == null || tuple && items.length > 0) {
                throw PyErr.typeError(notAll);
            }
            return fmt;
        }
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int argIndex = 0;
        boolean usedKey = false;
        int i = 0, n = fmt.length();
        while (i < n) {
            int pct = fmt.indexOf('%', i);
            if (pct < 0) {
                out.append(fmt, i, n);
                break;
            }
            out.append(fmt, i, pct);
            if (pct + 1 < n && fmt.charAt(pct + 1) == '%') {
                out.append('%');
                i = pct + 2;
                continue;
            }
            PercentSpec spec;
            try {
                spec = PercentSpec.parse(fmt, pct,
                        bytes ? PercentSpec.BYTES_CONVERSIONS : PercentSpec.STR_CONVERSIONS);
            } catch (FormatError e) {
                throw ScalarFormat.error(e);
            }
            PyObject arg;
            if (spec.key() != null) {
                if (dict == null) {
                    throw PyErr.typeError("format requires a mapping");
                }
                usedKey = true;
            } else if (usedKey) {
                // after a %(key) lookup the argument "tuple" is used up, as in CPython
                throw PyErr.typeError("not enough arguments for format string");
            }
            int starWidth = 0, starPrecision = 0;
            if (spec.width() == PercentSpec.STAR) {
                if (argIndex >= items.length) {
                    throw PyErr.typeError("not enough arguments for format string");
                }
                starWidth = starArg(items[argIndex++]);
            }
            if (spec.precision() == PercentSpec.STAR) {
                if (argIndex >= items.length) {
                    throw PyErr.typeError("not enough arguments for format string");
                }
                starPrecision = starArg(items[argIndex++]);
            }
            spec = spec.resolve(starWidth, starPrecision);
            if (spec.key() != null) {
                arg = Abstract.getItem(dict, bytes ? PyBytes.ofLatin1(spec.key()) : PyStr.of(spec.key()));
            } else {
                if (argIndex >= items.length) {
                    throw PyErr.typeError("not enough arguments for format string");
                }
                arg = items[argIndex++];
            }
            try {
                out.append(bytes ? bytesDirective(spec, arg) : directive(spec, arg, pct));
            } catch (FormatError e) {
                throw ScalarFormat.error(e);
            }
            i = spec.end();
        }
        if (argIndex < items.length && !usedKey && dict == null) {
            throw PyErr.typeError(notAll);
        }
        return out.toString();
    }

    /** CPython's PyMapping_Check: the type has {@code __getitem__} (lists and dicts alike). */
    private static boolean isMapping(PyObject o) {
        if (o instanceof PyDict || o instanceof PyList || o instanceof PyBytes) {
            return true;
        }
        if (o instanceof PyInt || o instanceof PyFloat) {
            return false;
        }
        return o.getType().lookup("__getitem__") != null;
    }

    private static int starArg(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyErr.typeError("* wants int");
        }
        if (!i.fitsInt()) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return i.intValue();
    }

    private static String directive(PercentSpec spec, PyObject arg, int pct) {
        char conv = spec.conversion();
        if (spec.width() < 0 && spec.precision() < 0 && !spec.plus() && !spec.space() && !spec.alternate()) {
            // the common plain %s and %d need no layout
            if (conv == 's') {
                return Abstract.str(arg).value();
            }
            if (conv == 'd' && arg instanceof PyInt i && !i.isBig()) {
                return Long.toString(i.value);
            }
        }
        switch (conv) {
            case 's':
                return org.minipy.objects.num.PercentFormat.formatString(Abstract.str(arg).value(), spec);
            case 'r':
                return org.minipy.objects.num.PercentFormat.formatString(Abstract.repr(arg).value(), spec);
            case 'a':
                return org.minipy.objects.num.PercentFormat.formatString(StrFormatter.ascii(arg), spec);
            case 'c':
                return org.minipy.objects.num.PercentFormat.formatString(charArg(arg), spec);
            case 'd': case 'i': case 'u': {
                PyInt v = realAsInt(arg, conv);
                return v.isBig() ? org.minipy.objects.num.PercentFormat.formatInt(v.bigValue(), spec)
                        : org.minipy.objects.num.PercentFormat.formatInt(v.value, spec);
            }
            case 'o': case 'x': case 'X': {
                if (!Sequences.isIndex(arg)) {
                    throw PyErr.typeError("%%%c format: an integer is required, not %s", conv, arg.getType().getName());
                }
                PyInt v = Abstract.index(arg);
                return v.isBig() ? org.minipy.objects.num.PercentFormat.formatInt(v.bigValue(), spec)
                        : org.minipy.objects.num.PercentFormat.formatInt(v.value, spec);
            }
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                return org.minipy.objects.num.PercentFormat.formatFloat(floatArg(arg), spec);
            default:
                // '%' after flags or a width: CPython reports it as unsupported.
                throw PyErr.valueError("unsupported format character '%c' (0x%x) at index %d", conv, (int) conv,
                        spec.end() - 1);
        }
    }

    /** One directive of a bytes format, as Latin-1 text: %s and %b take bytes, %r and %a give ascii(). */
    private static String bytesDirective(PercentSpec spec, PyObject arg) {
        switch (spec.conversion()) {
            case 's': case 'b':
                return org.minipy.objects.num.PercentFormat.formatString(bytesArg(arg).latin1(), spec);
            case 'r': case 'a':
                return org.minipy.objects.num.PercentFormat.formatString(StrFormatter.ascii(arg), spec);
            case 'c':
                return org.minipy.objects.num.PercentFormat.formatString(byteCharArg(arg), spec);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                if (!(arg instanceof PyFloat) && !(arg instanceof PyInt) && arg.asFloat() == null
                        && !Sequences.isIndex(arg) && Abstract.special(arg, "__float__") == null) {
                    throw PyErr.typeError("float argument required, not %s", arg.getType().getName());
                }
                return directive(spec, arg, 0);
            default:
                // the numeric conversions give ASCII text, the same as for str
                return directive(spec, arg, 0);
        }
    }

    /** %s/%b of a bytes format: bytes, or an object with __bytes__. */
    private static PyBytes bytesArg(PyObject arg) {
        if (arg instanceof PyBytes b) {
            return b;
        }
        PyObject m = Abstract.special(arg, "__bytes__");
        if (m == null) {
            throw PyErr.typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                    arg.getType().getName());
        }
        PyObject r = Abstract.callSpecial(m, arg);
        if (!(r instanceof PyBytes b)) {
            throw PyErr.typeError("__bytes__ returned non-bytes (type %s)", r.getType().getName());
        }
        return b;
    }

    private static String byteCharArg(PyObject arg) {
        if (arg instanceof PyBytes b && b.data().length == 1) {
            return String.valueOf((char) (b.data()[0] & 0xff));
        }
        if (!(arg instanceof PyInt) && !Sequences.isIndex(arg)) {
            throw PyErr.typeError("%c requires an integer in range(256) or a single byte");
        }
        PyInt i = Abstract.index(arg);
        if (i.isBig() || i.value < 0 || i.value > 255) {
            throw PyErr.overflowError("%c arg not in range(256)");
        }
        return String.valueOf((char) i.value);
    }

    private static String charArg(PyObject arg) {
        if (arg instanceof PyStr s) {
            if (s.length() != 1) {
                throw PyErr.typeError("%c requires int or char");
            }
            return s.value();
        }
        if (!Sequences.isIndex(arg)) {
            throw PyErr.typeError("%c requires int or char");
        }
        PyInt i = Abstract.index(arg);
        if (i.isBig() || i.value < 0 || i.value > 0x10ffff) {
            throw PyErr.overflowError("%c arg not in range(0x110000)");
        }
        return new String(Character.toChars((int) i.value));
    }

    /** %d: an int, a float truncated, or anything with __int__/__index__. */
    private static PyInt realAsInt(PyObject arg, char conv) {
        if (arg instanceof PyInt i) {
            return i;
        }
        if (arg instanceof PyFloat f) {
            return IntOps.fromDouble(f.value);
        }
        boolean number = arg.asInt() != null || arg.asFloat() != null || Sequences.isIndex(arg)
                || Abstract.special(arg, "__int__") != null || Abstract.special(arg, "__float__") != null;
        if (!number) {
            throw PyErr.typeError("%%%c format: a real number is required, not %s", conv, arg.getType().getName());
        }
        return IntMethods.toInt(arg);
    }

    private static double floatArg(PyObject arg) {
        if (arg instanceof PyFloat f) {
            return f.value;
        }
        if (arg instanceof PyInt i) {
            return i.doubleValue();
        }
        boolean number = arg.asFloat() != null || Sequences.isIndex(arg) || Abstract.special(arg, "__float__") != null;
        if (!number) {
            throw PyErr.typeError("must be real number, not %s", arg.getType().getName());
        }
        return FloatMethods.toFloat(arg).value;
    }
}
