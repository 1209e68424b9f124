package org.minipy.objects;

/** {@code filter(function or None, iterable)}. */
public final class PyFilter extends PyObject implements IterState.Reducible {
    public static final PyType TYPE = PyType.builtin("filter", PyType.OBJECT, null);

    private final PyObject func;
    private final PyObject it;

    public PyFilter(PyObject func, PyObject iterable) {
        this.func = func;
        this.it = Abstract.iter(iterable);
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
        boolean truth = func == PyNone.None || func == PyBool.TYPE;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            PyObject v = truth ? x : Abstract.call(func, x);
            if (Abstract.isTrue(v)) {
                return x;
            }
        }
        return null;
    }

    /** {@code (filter, (func, iterator))}. */
    @Override
    public PyObject reduce() {
        return IterState.pair(TYPE, func, it);
    }

    static {
        TYPE.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            ArgParser.noKeywords("filter", kw);
            if (a.length != 3) {
                throw PyErr.typeError("filter expected 2 arguments, got %d", a.length - 1);
            }
            return new PyFilter(a[1], a[2]);
        }));
        Sequences.iteratorSlots(TYPE);
        IterState.install(TYPE, PyFilter.class);
    }
}
