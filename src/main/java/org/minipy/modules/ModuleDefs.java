package org.minipy.modules;

import org.minipy.objects.Abstract;
import org.minipy.objects.BuiltinImpl;
import org.minipy.objects.PyBuiltinFunction;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyObject;

/** Small helpers for defining built-in modules: functions, argument counts, float arguments. */
public final class ModuleDefs {
    private ModuleDefs() {
    }

    /** Adds {@code name} as a built-in function of module {@code m}. */
    public static void def(PyModule m, String name, BuiltinImpl impl) {
        m.getDict().setItem(name, new PyBuiltinFunction(name, m.name(), impl));
    }

    /** METH_O: "math.sqrt() takes exactly one argument (2 given)". */
    public static PyObject one(String qualname, PyObject[] a, String[] kw) {
        noKw(qualname, kw);
        if (a.length != 1) {
            throw PyErr.typeError("%s() takes exactly one argument (%d given)", qualname, a.length);
        }
        return a[0];
    }

    /** "math.sqrt() takes no keyword arguments". */
    public static void noKw(String qualname, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", qualname);
        }
    }

    /** No arguments at all: "time.time() takes no arguments (1 given)". */
    public static void none(String qualname, PyObject[] a, String[] kw) {
        noKw(qualname, kw);
        if (a.length != 0) {
            throw PyErr.typeError("%s() takes no arguments (%d given)", qualname, a.length);
        }
    }

    /** "atan2 expected 2 arguments, got 1" (the unqualified name, as CPython's clinic). */
    public static void count(String name, PyObject[] a, String[] kw, int min, int max) {
        noKw(name, kw);
        int n = a.length;
        if (n >= min && n <= max) {
            return;
        }
        if (min == max) {
            throw PyErr.typeError("%s expected %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
        }
        if (n < min) {
            throw PyErr.typeError("%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
        }
        throw PyErr.typeError("%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", n);
    }

    /** PyFloat_AsDouble: float, int, or an object with __float__ / __index__. */
    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        PyObject m = Abstract.special(o, "__float__");
        if (m != null) {
            PyObject r = Abstract.callSpecial(m, o);
            if (r instanceof PyFloat f) {
                return f.value;
            }
            throw PyErr.typeError("%s.__float__ returned non-float (type %s)", o.getType().getName(),
                    r.getType().getName());
        }
        PyFloat f = o.asFloat();
        if (f != null) {
            return f.value;
        }
        if (Abstract.special(o, "__index__") != null) {
            return Abstract.index(o).doubleValue();
        }
        throw PyErr.typeError("must be real number, not %s", o.getType().getName());
    }
}
