package org.minipy.objects;

/** {@code map(func, *iterables)}: stops with the shortest iterable. */
public final class PyMap extends PyObject implements IterState.Reducible {
    public static final PyType TYPE = PyType.builtin("map", PyType.OBJECT, null);

    private final PyObject func;
    private final PyObject[] iters;

    public PyMap(PyObject func, PyObject[] iterables) {
        this.func = func;
        this.iters = new PyObject[iterables.length];
        for (int i = 0; i < iterables.length; i++) {
            iters[i] = Abstract.iter(iterables[i]);
        }
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
        PyObject[] args = new PyObject[iters.length];
        for (int i = 0; i < iters.length; i++) {
            PyObject x = Abstract.next(iters[i]);
            if (x == null) {
                return null;
            }
            args[i] = x;
        }
        return Abstract.call(func, args, null);
    }

    /** {@code (map, (func, *iterators))}. */
    @Override
    public PyObject reduce() {
        PyObject[] args = new PyObject[iters.length + 1];
        args[0] = func;
        System.arraycopy(iters, 0, args, 1, iters.length);
        return IterState.pair(TYPE, args);
    }

    static {
        TYPE.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            ArgParser.noKeywords("map", kw);
            if (a.length < 3) {
                throw PyErr.typeError("map() must have at least two arguments.");
            }
            PyObject[] its = new PyObject[a.length - 2];
            System.arraycopy(a, 2, its, 0, its.length);
            return new PyMap(a[1], its);
        }));
        Sequences.iteratorSlots(TYPE);
        IterState.install(TYPE, PyMap.class);
    }
}
