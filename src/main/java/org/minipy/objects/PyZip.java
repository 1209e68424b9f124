package org.minipy.objects;

/** {@code zip(*iterables, strict=False)}. */
public final class PyZip extends PyObject implements IterState.Reducible, IterState.Settable {
    public static final PyType TYPE = PyType.builtin("zip", PyType.OBJECT, null);

    private final PyObject[] iters;
    private boolean strict;
    private boolean done;

    public PyZip(PyObject[] iterables, boolean strict) {
        this.iters = new PyObject[iterables.length];
        for (int i = 0; i < iterables.length; i++) {
            iters[i] = Abstract.iter(iterables[i]);
        }
        this.strict = strict;
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
        if (done || iters.length == 0) {
            return null;
        }
        PyObject[] r = new PyObject[iters.length];
        for (int i = 0; i < iters.length; i++) {
            PyObject x = Abstract.next(iters[i]);
            if (x == null) {
                done = true;
                if (strict) {
                    checkStrict(i);
                }
                return null;
            }
            r[i] = x;
        }
        return new PyTuple(r);
    }

    /** {@code (zip, iterators)}, with True after them under strict=True. */
    @Override
    public PyObject reduce() {
        PyTuple its = PyTuple.of(iters.clone());
        return strict ? PyTuple.of(TYPE, its, PyBool.True) : PyTuple.of(TYPE, its);
    }

    /** {@code __setstate__(strict)}. */
    @Override
    public void setState(PyObject state) {
        strict = Abstract.isTrue(state);
    }

    /** Iterator i ran out: under strict=True every other one must be out too. */
    private void checkStrict(int i) {
        if (i > 0) {
            throw PyErr.valueError("zip() argument %d is shorter than argument%s%s", i + 1,
                    i == 1 ? " " : "s 1-", i == 1 ? "1" : Integer.toString(i));
        }
        for (int j = 1; j < iters.length; j++) {
            if (Abstract.next(iters[j]) != null) {
                throw PyErr.valueError("zip() argument %d is longer than argument%s%s", j + 1,
                        j == 1 ? " " : "s 1-", j == 1 ? "1" : Integer.toString(j));
            }
        }
    }

    static {
        TYPE.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            int nkw = ArgParser.nkw(kw);
            int npos = a.length - 1 - nkw;
            boolean strict = false;
            for (int k = 0; k < nkw; k++) {
                if (!kw[k].equals("strict")) {
                    throw PyErr.typeError("'%s' is an invalid keyword argument for zip()", kw[k]);
                }
                strict = Abstract.isTrue(a[1 + npos + k]);
            }
            PyObject[] its = new PyObject[npos];
            System.arraycopy(a, 1, its, 0, npos);
            return new PyZip(its, strict);
        }));
        Sequences.iteratorSlots(TYPE);
        IterState.install(TYPE, PyZip.class);
    }
}
