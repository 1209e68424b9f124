package org.minipy.objects.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.minipy.objects.Abstract;
import org.minipy.objects.PyException;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyObject;
import org.minipy.objects.PySet;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;
import org.minipy.objects.PyType;

/** Small helpers to build Python values and check results in the container tests. */
final class T {
    private T() {
    }

    static PyObject py(Object o) {
        if (o instanceof PyObject p) {
            return p;
        }
        if (o instanceof Integer i) {
            return PyInt.of(i);
        }
        if (o instanceof Long l) {
            return PyInt.of(l);
        }
        if (o instanceof String s) {
            return PyStr.of(s);
        }
        throw new IllegalArgumentException(String.valueOf(o));
    }

    static PyObject[] arr(Object... xs) {
        PyObject[] a = new PyObject[xs.length];
        for (int i = 0; i < xs.length; i++) {
            a[i] = py(xs[i]);
        }
        return a;
    }

    static PyList list(Object... xs) {
        return new PyList(arr(xs));
    }

    static PyTuple tup(Object... xs) {
        return PyTuple.of(arr(xs));
    }

    static PySet set(Object... xs) {
        PySet s = new PySet();
        for (PyObject x : arr(xs)) {
            s.add(x);
        }
        return s;
    }

    static String repr(PyObject o) {
        return Abstract.repr(o).value();
    }

    /** obj.name(*args) */
    static PyObject m(PyObject obj, String name, Object... args) {
        return Abstract.getAttr(obj, name).call(arr(args), null);
    }

    /** obj.name(*args, **kw) with kwnames given separately. */
    static PyObject mkw(PyObject obj, String name, String[] kw, Object... args) {
        return Abstract.getAttr(obj, name).call(arr(args), kw);
    }

    static PyObject call(PyObject f, Object... args) {
        return Abstract.call(f, arr(args), null);
    }

    static void eqRepr(String expected, PyObject o) {
        assertEquals(expected, repr(o));
    }

    static void raises(PyType type, String msg, Runnable r) {
        try {
            r.run();
        } catch (PyException e) {
            assertEquals(type.getName() + ": " + msg, e.value.getType().getName() + ": "
                    + Abstract.str(e.value).value());
            return;
        }
        fail("expected " + type.getName() + ": " + msg);
    }
}
