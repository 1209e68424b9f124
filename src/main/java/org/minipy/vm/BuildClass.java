package org.minipy.vm;

import java.util.ArrayList;
import java.util.List;
import org.minipy.objects.PyBuiltinFunction;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/**
 * {@code builtins.__build_class__(func, name, *bases, **kwds)}: runs the class body with a fresh
 * namespace as its locals, makes the type, fills the {@code __class__} cell and calls the
 * parent's {@code __init_subclass__} (cf. {@code builtin___build_class__} and {@code type_new}).
 */
final class BuildClass {
    private BuildClass() {
    }

    /** The {@code __build_class__} of {@code interp}. */
    static PyBuiltinFunction function(InterpreterState interp) {
        return new PyBuiltinFunction("__build_class__", "builtins", (a, kw) -> build(interp, a, kw));
    }

    private static PyObject build(InterpreterState interp, PyObject[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        if (npos < 2) {
            throw PyErr.typeError("__build_class__: not enough arguments");
        }
        if (!(a[0] instanceof PyFunction body)) {
            throw PyErr.typeError("__build_class__: func must be a function");
        }
        if (!(a[1] instanceof PyStr name)) {
            throw PyErr.typeError("__build_class__: name is not a string");
        }
        PyType[] bases = new PyType[npos - 2];
        for (int i = 2; i < npos; i++) {
            if (!(a[i] instanceof PyType t)) {
                throw PyErr.typeError("bases must be types");
            }
            bases[i - 2] = t;
        }
        List<String> initNames = new ArrayList<>();
        List<PyObject> initValues = new ArrayList<>();
        for (int k = 0; k < nkw; k++) {
            PyObject v = a[npos + k];
            if (kw[k].equals("metaclass")) {
                if (v != PyType.TYPE) {
                    throw PyErr.notImplementedError("metaclasses other than type are not supported");
                }
                continue;
            }
            initNames.add(kw[k]);
            initValues.add(v);
        }
        PyDict ns = new PyDict();
        PyFrame f = new PyFrame(body.code, body.globals, body.builtins, ns, body, body.cache());
        PyObject cell = Eval.execute(interp.ts, f);
        PyType cls = PyType.newHeapType(name.value(), bases, ns);
        if (cell instanceof PyCell c) {
            c.ref = cls;
            cls.getDict().delItemIfPresent("__classcell__");
        }
        cls.initSubclass(initValues.toArray(new PyObject[0]), initNames.toArray(new String[0]));
        return cls;
    }
}
