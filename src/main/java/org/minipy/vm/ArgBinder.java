package org.minipy.vm;

import java.util.ArrayList;
import java.util.List;
import org.minipy.code.Code;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyTuple;

/**
 * Binds the arguments of a call to the parameters of a Python function, writing them straight
 * into the new frame's localsplus, with CPython 3.11's error messages (cf. {@code initialize_locals}
 * in {@code ceval.c}).
 */
final class ArgBinder {
    private ArgBinder() {
    }

    /**
     * @param self   a leading positional argument (the receiver of a method call), or null
     * @param args   holds {@code npos} positional arguments from {@code start}, then the values of
     *               the keyword arguments named by {@code kwnames}
     */
    static void bind(PyFunction fn, PyObject[] fast, PyObject self, PyObject[] args, int start, int npos,
                     String[] kwnames) {
        Code co = fn.code;
        int argcount = co.co_argcount;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int given = npos + (self != null ? 1 : 0);
        if (self != null && nkw == 0 && fn.simple && given == argcount) {
            fast[0] = self;
            System.arraycopy(args, start, fast, 1, npos);
            return;
        }
        int total = argcount + co.co_kwonlyargcount;
        PyDict kwdict = null;
        if ((co.co_flags & Code.CO_VARKEYWORDS) != 0) {
            kwdict = new PyDict();
            int i = total + ((co.co_flags & Code.CO_VARARGS) != 0 ? 1 : 0);
            fast[i] = kwdict;
        }
        // positional arguments
        int n = Math.min(given, argcount);
        int j = 0;
        if (self != null && n > 0) {
            fast[0] = self;
            j = 1;
        }
        for (; j < n; j++) {
            fast[j] = args[start + j - (self != null ? 1 : 0)];
        }
        if ((co.co_flags & Code.CO_VARARGS) != 0) {
            int extra = given - n;
            PyObject[] rest = new PyObject[Math.max(0, extra)];
            for (int k = 0; k < extra; k++) {
                int idx = n + k;
                rest[k] = self != null ? (idx == 0 ? self : args[start + idx - 1]) : args[start + idx];
            }
            fast[total] = rest.length == 0 ? PyTuple.EMPTY : new PyTuple(rest);
        }
        // keyword arguments
        String[] names = co.localsplusNames;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            PyObject value = args[start + npos + k];
            int found = -1;
            for (int p = co.co_posonlyargcount; p < total; p++) {
                if (names[p].equals(kw)) {
                    found = p;
                    break;
                }
            }
            if (found < 0) {
                if (kwdict == null) {
                    if (co.co_posonlyargcount > 0) {
                        positionalOnlyAsKeyword(fn, kwnames);
                    }
                    throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", fn.qualname, kw);
                }
                kwdict.setItem(kw, value);
                continue;
            }
            if (fast[found] != null) {
                throw PyErr.typeError("%s() got multiple values for argument '%s'", fn.qualname, kw);
            }
            fast[found] = value;
        }
        if (given > argcount && (co.co_flags & Code.CO_VARARGS) == 0) {
            throw tooManyPositional(fn, fast, given);
        }
        // defaults of positional parameters
        if (given < argcount) {
            int defcount = fn.defaults == null ? 0 : fn.defaults.length;
            int m = argcount - defcount;
            int missing = 0;
            for (int i = given; i < m; i++) {
                if (fast[i] == null) {
                    missing++;
                }
            }
            if (missing > 0) {
                throw missing(fn, fast, 0, m, "positional");
            }
            for (int i = Math.max(0, given - m); i < defcount; i++) {
                if (fast[m + i] == null) {
                    fast[m + i] = fn.defaults[i];
                }
            }
        }
        // keyword-only defaults
        if (co.co_kwonlyargcount > 0) {
            int missing = 0;
            for (int i = argcount; i < total; i++) {
                if (fast[i] != null) {
                    continue;
                }
                PyObject def = fn.kwdefaults == null ? null : fn.kwdefaults.getItem(names[i]);
                if (def != null) {
                    fast[i] = def;
                } else {
                    missing++;
                }
            }
            if (missing > 0) {
                throw missing(fn, fast, argcount, total, "keyword-only");
            }
        }
    }

    private static void positionalOnlyAsKeyword(PyFunction fn, String[] kwnames) {
        Code co = fn.code;
        List<String> hits = new ArrayList<>();
        for (int p = 0; p < co.co_posonlyargcount; p++) {
            for (String kw : kwnames) {
                if (kw.equals(co.localsplusNames[p])) {
                    hits.add(kw);
                    break;
                }
            }
        }
        if (!hits.isEmpty()) {
            throw PyErr.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                    fn.qualname, String.join(", ", hits));
        }
    }

    private static RuntimeException tooManyPositional(PyFunction fn, PyObject[] fast, int given) {
        Code co = fn.code;
        int argcount = co.co_argcount;
        int kwonlyGiven = 0;
        for (int i = argcount; i < argcount + co.co_kwonlyargcount; i++) {
            if (fast[i] != null) {
                kwonlyGiven++;
            }
        }
        int defcount = fn.defaults == null ? 0 : fn.defaults.length;
        String sig;
        boolean plural;
        if (defcount > 0) {
            plural = true;
            sig = "from " + (argcount - defcount) + " to " + argcount;
        } else {
            plural = argcount != 1;
            sig = Integer.toString(argcount);
        }
        String kwonlySig = "";
        if (kwonlyGiven > 0) {
            kwonlySig = String.format(" positional argument%s (and %d keyword-only argument%s)",
                    given != 1 ? "s" : "", kwonlyGiven, kwonlyGiven != 1 ? "s" : "");
        }
        return PyErr.typeError("%s() takes %s positional argument%s but %d%s %s given", fn.qualname, sig,
                plural ? "s" : "", given, kwonlySig, given == 1 && kwonlyGiven == 0 ? "was" : "were");
    }

    private static RuntimeException missing(PyFunction fn, PyObject[] fast, int from, int to, String kind) {
        List<String> names = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (fast[i] == null) {
                names.add("'" + fn.code.localsplusNames[i] + "'");
            }
        }
        int n = names.size();
        String list;
        if (n == 1) {
            list = names.get(0);
        } else if (n == 2) {
            list = names.get(0) + " and " + names.get(1);
        } else {
            list = String.join(", ", names.subList(0, n - 1)) + ", and " + names.get(n - 1);
        }
        return PyErr.typeError("%s() missing %d required %s argument%s: %s", fn.qualname, n, kind,
                n == 1 ? "" : "s", list);
    }
}
