package org.minipy.builtins;

import static org.minipy.builtins.Args.def;

import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.CompareOp;
import org.minipy.objects.PyArrayIter;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.ReturnsValue;
import org.minipy.objects.PyList;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyTuple;

/** Built-ins over iterables: all any iter next sorted min max. */
final class IterBuiltins {
    private IterBuiltins() {
    }

    static void install(PyDict ns) {
        def(ns, "all", (a, kw) -> {
            PyObject it = Abstract.iter(Args.one("all", a, kw));
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (!Abstract.isTrue(x)) {
                    return PyBool.False;
                }
            }
            return PyBool.True;
        });
        def(ns, "any", (a, kw) -> {
            PyObject it = Abstract.iter(Args.one("any", a, kw));
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (Abstract.isTrue(x)) {
                    return PyBool.True;
                }
            }
            return PyBool.False;
        });
        def(ns, "iter", (a, kw) -> {
            Args.positional("iter", a, kw, 1, 2);
            if (a.length == 1) {
                return Abstract.iter(a[0]);
            }
            if (!ObjectBuiltins.isCallable(a[0])) {
                throw PyErr.typeError("iter(v, w): v must be callable");
            }
            return new CallableIterator(a[0], a[1]);
        });
        def(ns, "next", (a, kw) -> {
            Args.positional("next", a, kw, 1, 2);
            PyObject v = Abstract.next(a[0]);
            if (v != null) {
                return v;
            }
            if (a.length == 2) {
                return a[1];
            }
            throw PyErr.stopIteration(a[0] instanceof ReturnsValue r ? r.takeReturnValue() : null);
        });
        def(ns, "sorted", (a, kw) -> {
            int npos = Args.npos(a, kw);
            Args.count("sorted", npos, 1, 1);
            PyList list = toList(a[0]);
            int nkw = ArgParser.nkw(kw);
            PyObject[] kwvals = java.util.Arrays.copyOfRange(a, 1, a.length);
            Abstract.getAttr(list, "sort").call(kwvals, nkw == 0 ? null : kw);
            return list;
        });
        def(ns, "min", (a, kw) -> minMax("min", a, kw, CompareOp.LT));
        def(ns, "max", (a, kw) -> minMax("max", a, kw, CompareOp.GT));
    }

    /** A new list of the items of an iterable. */
    static PyList toList(PyObject iterable) {
        if (iterable instanceof PyList l && l.getType() == PyList.TYPE) {
            return new PyList(l.toArray());
        }
        if (iterable instanceof PyTuple t) {
            return new PyList(t.items());
        }
        PyList list = new PyList();
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            list.append(x);
        }
        return list;
    }

    /** min/max as CPython's min_max: one iterable or several arguments; key=, default=. */
    static PyObject minMax(String name, PyObject[] a, String[] kw, CompareOp op) {
        int npos = Args.npos(a, kw);
        if (npos == 0) {
            throw PyErr.typeError("%s expected at least 1 argument, got 0", name);
        }
        PyObject[] k = Args.keywords(name, a, kw, "key", "default");
        PyObject key = k[0] == PyNone.None ? null : k[0];
        PyObject dflt = k[1];
        if (npos > 1 && dflt != null) {
            throw PyErr.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
        }
        PyObject it = npos == 1 ? Abstract.iter(a[0]) : new PyArrayIter(a, npos);
        PyObject best = null, bestKey = null;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            PyObject xk = key == null ? x : Abstract.call(key, x);
            if (best == null || Abstract.richCompareBool(xk, bestKey, op)) {
                best = x;
                bestKey = xk;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErr.valueError("%s() arg is an empty sequence", name);
        }
        return best;
    }
}
