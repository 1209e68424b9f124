package org.minipy.objects;

/**
 * Argument checking for built-in functions, with CPython's messages. Built-ins receive the
 * vectorcall convention: positional args, then keyword values named by kwnames.
 */
public final class ArgParser {
    private ArgParser() {
    }

    public static int nkw(String[] kwnames) {
        return kwnames == null ? 0 : kwnames.length;
    }

    /** Rejects keyword arguments: "{name}() takes no keyword arguments". */
    public static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
    }

    /** Checks a positional count for a function without keywords, with CPython's messages. */
    public static void checkCount(String name, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(name, kwnames);
        int n = args.length;
        if (n >= min && n <= max) {
            return;
        }
        if (min == max) {
            if (min == 0) {
                throw PyErr.typeError("%s() takes no arguments (%d given)", name, n);
            }
            if (min == 1) {
                throw PyErr.typeError("%s() takes exactly one argument (%d given)", name, n);
            }
            throw PyErr.typeError("%s expected %d arguments, got %d", name, min, n);
        }
        if (n < min) {
            throw PyErr.typeError("%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
        }
        throw PyErr.typeError("%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", n);
    }

    /**
     * Binds positional and keyword arguments to named parameters. Returns an array with one slot
     * per parameter, null where not given. {@code npositionalOnly} leading parameters cannot be
     * given by keyword.
     */
    public static PyObject[] bind(String fname, PyObject[] args, String[] kwnames, String[] params,
                                  int npositionalOnly, int nrequired) {
        int nkw = nkw(kwnames);
        int npos = args.length - nkw;
        if (npos > params.length) {
            throw PyErr.typeError("%s() takes at most %d argument%s (%d given)", fname, params.length,
                    params.length == 1 ? "" : "s", npos);
        }
        PyObject[] out = new PyObject[params.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kn = kwnames[k];
            int idx = -1;
            for (int p = npositionalOnly; p < params.length; p++) {
                if (params[p].equals(kn)) {
                    idx = p;
                    break;
                }
            }
            if (idx < 0) {
                throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", fname, kn);
            }
            if (out[idx] != null) {
                throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)",
                        fname, kn, idx + 1);
            }
            out[idx] = args[npos + k];
        }
        for (int p = 0; p < nrequired; p++) {
            if (out[p] == null) {
                throw PyErr.typeError("%s() missing required argument '%s' (pos %d)", fname, params[p], p + 1);
            }
        }
        return out;
    }

    /** An attribute name argument: must be a str. */
    public static String attrName(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("attribute name must be string, not '%s'", o.getType().getName());
    }
}
