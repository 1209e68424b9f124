package org.minipy.modules;

import org.minipy.builtins.FakeRuntime;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;

/** Helpers: call a module function by name, with results as Python reprs. */
abstract class ModuleTestBase {
    final FakeRuntime rt = new FakeRuntime();

    PyModule module(String name) {
        return (PyModule) rt.importModule(name, null, null, 0);
    }

    PyObject call(PyModule m, String fn, PyObject... args) {
        return Abstract.call(Abstract.getAttr(m, fn), args, null);
    }

    PyObject callKw(PyModule m, String fn, PyObject[] args, String... kw) {
        return Abstract.call(Abstract.getAttr(m, fn), args, kw);
    }

    String r(PyModule m, String fn, PyObject... args) {
        return repr(call(m, fn, args));
    }

    static String repr(PyObject o) {
        return Abstract.repr(o).value();
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyFloat f(double v) {
        return new PyFloat(v);
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }
}
