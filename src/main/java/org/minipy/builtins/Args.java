package org.minipy.builtins;

import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBuiltinFunction;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyObject;
import org.minipy.objects.BuiltinImpl;

/** Argument checks of built-in functions with CPython's messages, and registration. */
final class Args {
    private Args() {
    }

    /** Adds a built-in function (module 'builtins') to a namespace. */
    static void def(PyDict ns, String name, BuiltinImpl impl) {
        ns.setItem(name, new PyBuiltinFunction(name, "builtins", impl));
    }

    /** METH_O: "len() takes exactly one argument (2 given)". */
    static PyObject one(String name, PyObject[] args, String[] kw) {
        ArgParser.noKeywords(name, kw);
        if (args.length != 1) {
            throw PyErr.typeError("%s() takes exactly one argument (%d given)", name, args.length);
        }
        return args[0];
    }

    /** The number of positional arguments. */
    static int npos(PyObject[] args, String[] kw) {
        return args.length - ArgParser.nkw(kw);
    }

    /**
     * Positional count as CPython's {@code _PyArg_CheckPositional}: "getattr expected at least 2
     * arguments, got 1". Keywords are not checked here.
     */
    static void count(String name, int n, int min, int max) {
        if (n < min) {
            if (min == max) {
                throw PyErr.typeError("%s expected %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
            }
            throw PyErr.typeError("%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
        }
        if (n > max) {
            if (min == max) {
                throw PyErr.typeError("%s expected %d argument%s, got %d", name, max, max == 1 ? "" : "s", n);
            }
            throw PyErr.typeError("%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", n);
        }
    }

    /** Positional-only function without keywords, checked by count. */
    static void positional(String name, PyObject[] args, String[] kw, int min, int max) {
        ArgParser.noKeywords(name, kw);
        count(name, args.length, min, max);
    }

    /** The value of keyword {@code name}, or null; kwnames entries not in {@code allowed} are errors. */
    static PyObject[] keywords(String fname, PyObject[] args, String[] kw, String... allowed) {
        PyObject[] out = new PyObject[allowed.length];
        int nkw = ArgParser.nkw(kw);
        int npos = args.length - nkw;
        for (int k = 0; k < nkw; k++) {
            int idx = -1;
            for (int i = 0; i < allowed.length; i++) {
                if (allowed[i].equals(kw[k])) {
                    idx = i;
                }
            }
            if (idx < 0) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for %s()", kw[k], fname);
            }
            out[idx] = args[npos + k];
        }
        return out;
    }
}
