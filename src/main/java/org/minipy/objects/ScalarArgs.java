package org.minipy.objects;

/**
 * Argument checks for the methods of the scalar types, with CPython's messages. {@code a[0]}
 * is self and is not counted in the messages.
 */
final class ScalarArgs {
    private ScalarArgs() {
    }

    private static void noKw(String qualname, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", qualname);
        }
    }

    /** "str.upper() takes no arguments (1 given)". */
    static void none(String qualname, PyObject[] a, String[] kw) {
        noKw(qualname, kw);
        if (a.length != 1) {
            throw PyErr.typeError("%s() takes no arguments (%d given)", qualname, a.length - 1);
        }
    }

    /** "str.join() takes exactly one argument (0 given)". */
    static void one(String qualname, PyObject[] a, String[] kw) {
        noKw(qualname, kw);
        if (a.length != 2) {
            throw PyErr.typeError("%s() takes exactly one argument (%d given)", qualname, a.length - 1);
        }
    }

    /** Argument Clinic style: "find() takes at least 1 argument (0 given)". */
    static void range(String name, PyObject[] a, String[] kw, int min, int max) {
        noKw(name, kw);
        int n = a.length - 1;
        if (n < min) {
            throw PyErr.typeError("%s() takes at least %d argument%s (%d given)", name, min, min == 1 ? "" : "s", n);
        }
        if (n > max) {
            throw PyErr.typeError("%s() takes at most %d argument%s (%d given)", name, max, max == 1 ? "" : "s", n);
        }
    }

    /** Older style: "strip expected at most 1 argument, got 2". */
    static void expected(String name, PyObject[] a, String[] kw, int min, int max) {
        noKw(name, kw);
        int n = a.length - 1;
        if (n < min) {
            throw PyErr.typeError("%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
        }
        if (n > max) {
            throw PyErr.typeError("%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", n);
        }
    }

    /**
     * Binds the arguments after self to {@code params} (positional or keyword); null where
     * absent. Messages as Argument Clinic's.
     */
    static PyObject[] bind(String name, PyObject[] a, String[] kw, String[] params, int nrequired) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - 1 - nkw;
        if (npos > params.length) {
            throw PyErr.typeError("%s() takes at most %d argument%s (%d given)", name, params.length,
                    params.length == 1 ? "" : "s", npos + nkw);
        }
        PyObject[] out = new PyObject[params.length];
        System.arraycopy(a, 1, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int idx = -1;
            for (int p = 0; p < params.length; p++) {
                if (params[p].equals(kw[k])) {
                    idx = p;
                    break;
                }
            }
            if (idx < 0) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for %s()", kw[k], name);
            }
            if (out[idx] != null) {
                throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)", name, kw[k], idx + 1);
            }
            out[idx] = a[1 + npos + k];
        }
        for (int p = 0; p < nrequired; p++) {
            if (out[p] == null) {
                throw PyErr.typeError("%s() missing required argument '%s' (pos %d)", name, params[p], p + 1);
            }
        }
        return out;
    }

    /** An optional index argument (start/end of find): None or absent gives {@code dflt}. */
    static int optIndex(PyObject o, int dflt) {
        if (o == null || o == PyNone.None) {
            return dflt;
        }
        PyInt i = Abstract.index(o);
        if (i.fitsInt()) {
            return i.intValue();
        }
        return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }
}
