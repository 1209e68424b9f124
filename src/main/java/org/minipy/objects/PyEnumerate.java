package org.minipy.objects;

/** {@code enumerate(iterable, start=0)}: yields (count, item) tuples. */
public final class PyEnumerate extends PyObject implements IterState.Reducible {
    public static final PyType TYPE = PyType.builtin("enumerate", PyType.OBJECT, null);

    private final PyObject it;
    /** The next count while it fits a long; then {@link #bigCount} takes over. */
    private long count;
    private PyInt bigCount;

    public PyEnumerate(PyObject iterable, PyInt start) {
        this.it = Abstract.iter(iterable);
        if (start.isBig()) {
            bigCount = start;
        } else {
            count = start.value;
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
        PyObject x = Abstract.next(it);
        if (x == null) {
            return null;
        }
        PyInt n;
        if (bigCount == null) {
            n = PyInt.of(count);
            if (count == Long.MAX_VALUE) {
                bigCount = PyInt.add(n, PyInt.ONE);
            } else {
                count++;
            }
        } else {
            n = bigCount;
            bigCount = PyInt.add(n, PyInt.ONE);
        }
        return new PyTuple(new PyObject[] {n, x});
    }

    /** {@code (enumerate, (iterator, next count))}. */
    @Override
    public PyObject reduce() {
        return IterState.pair(TYPE, it, bigCount != null ? bigCount : PyInt.of(count));
    }

    static {
        PyGenericAlias.install(TYPE);
        TYPE.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            int nkw = ArgParser.nkw(kw);
            int npos = a.length - 1 - nkw;
            if (npos + nkw > 2) {
                throw PyErr.typeError("enumerate() takes at most 2 arguments (%d given)", npos + nkw);
            }
            PyObject iterable = npos > 0 ? a[1] : null;
            PyObject start = npos > 1 ? a[2] : null;
            for (int k = 0; k < nkw; k++) {
                PyObject v = a[1 + npos + k];
                if (kw[k].equals("iterable") && iterable == null) {
                    iterable = v;
                } else if (kw[k].equals("start") && start == null) {
                    start = v;
                } else if (kw[k].equals("iterable") || kw[k].equals("start")) {
                    throw PyErr.typeError("argument for enumerate() given by name ('%s') and position (%d)",
                            kw[k], kw[k].equals("iterable") ? 1 : 2);
                } else {
                    throw PyErr.typeError("'%s' is an invalid keyword argument for enumerate()", kw[k]);
                }
            }
            if (iterable == null) {
                throw PyErr.typeError("enumerate() missing required argument 'iterable'");
            }
            return new PyEnumerate(iterable, start == null ? PyInt.ZERO : Sequences.exactIndex(start));
        }));
        Sequences.iteratorSlots(TYPE);
        IterState.install(TYPE, PyEnumerate.class);
    }
}
