package org.minipy.builtins;

import org.minipy.objects.Abstract;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyType;

/** {@code iter(callable, sentinel)}: calls until the result equals the sentinel. */
final class CallableIterator extends PyObject {
    static final PyType TYPE = PyType.builtin("callable_iterator", CallableIterator.class);

    static {
        TYPE.slot("__iter__", (a, kw) -> a[0]);
        TYPE.slot("__next__", (a, kw) -> {
            PyObject v = a[0].next();
            if (v == null) {
                throw PyErr.stopIteration(null);
            }
            return v;
        });
    }

    private PyObject callable;
    private final PyObject sentinel;

    CallableIterator(PyObject callable, PyObject sentinel) {
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        if (callable == null) {
            return null;
        }
        PyObject v;
        try {
            v = Abstract.call0(callable);
        } catch (org.minipy.objects.PyException e) {
            if (e.matches(org.minipy.objects.PyExc.StopIteration)) {
                callable = null;
                return null;
            }
            throw e;
        }
        if (Abstract.eq(v, sentinel)) {
            callable = null;
            return null;
        }
        return v;
    }
}
