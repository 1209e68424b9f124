package org.minipy.objects;

/** The Python methods of {@code dict} and its update protocol ({@code dict_update_arg}). */
final class DictMethods {
    private DictMethods() {
    }

    private static PyDict self(PyObject[] a) {
        return (PyDict) a[0];
    }

    /**
     * {@code d.update(arg)} without keywords: a dict, a mapping with keys(), or an iterable of
     * pairs, with CPython's errors.
     */
    static void updateArg(PyDict d, PyObject arg) {
        if (arg instanceof PyDict o && (o.getType() == PyDict.TYPE || Abstract.special(o, "__iter__") == null)) {
            d.update(o);
            return;
        }
        PyObject keysMethod = Abstract.lookupAttr(arg, "keys");
        if (keysMethod != null) {
            PyObject keys = Abstract.call0(keysMethod);
            PyObject it = Abstract.iter(keys);
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                d.setItem(k, Abstract.getItem(arg, k));
            }
            return;
        }
        mergeFromSeq2(d, arg);
    }

    /** Inserts the pairs of an iterable: "dictionary update sequence element #0 has length 3; 2 is required". */
    static void mergeFromSeq2(PyDict d, PyObject seq) {
        PyObject it = Abstract.iter(seq);
        int i = 0;
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it), i++) {
            PyObject[] pair;
            if (item instanceof PyTuple t && t.getType() == PyTuple.TYPE) {
                pair = t.items();
            } else if (item instanceof PyList l && l.getType() == PyList.TYPE) {
                pair = l.toArray();
            } else {
                PyObject pit;
                try {
                    pit = Abstract.iter(item);
                } catch (PyException e) {
                    if (e.matches(PyExc.TypeError)) {
                        throw PyErr.typeError("cannot convert dictionary update sequence element #%d to a sequence", i);
                    }
                    throw e;
                }
                PyList tmp = new PyList();
                for (PyObject x = Abstract.next(pit); x != null; x = Abstract.next(pit)) {
                    tmp.append(x);
                }
                pair = tmp.toArray();
            }
            if (pair.length != 2) {
                throw PyErr.valueError("dictionary update sequence element #%d has length %d; 2 is required",
                        i, pair.length);
            }
            d.setItem(pair[0], pair[1]);
        }
    }

    /** {@code dict.update(*args, **kw)} and {@code dict.__init__}: at most one positional argument. */
    private static void update(String name, PyObject[] a, String[] kw) {
        int nkw = ArgParser.nkw(kw);
        int npos = a.length - 1 - nkw;
        if (npos > 1) {
            throw PyErr.typeError("%s expected at most 1 argument, got %d", name, npos);
        }
        PyDict d = self(a);
        if (npos == 1) {
            updateArg(d, a[1]);
        }
        for (int k = 0; k < nkw; k++) {
            d.setItem(kw[k], a[1 + npos + k]);
        }
    }

    static void install(PyType t) {
        t.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType type) || !type.isSubtypeOf(PyDict.TYPE)) {
                throw PyErr.typeError("dict.__new__(X): X is not a subtype of dict");
            }
            return type.allocate();
        }));
        t.slot("__init__", (a, kw) -> {
            update("dict", a, kw);
            return PyNone.None;
        });
        t.put("__hash__", PyNone.None);
        PyGenericAlias.install(t);
        Sequences.sequenceSlots(t);
        t.slot("__setitem__", (a, kw) -> {
            Sequences.slotArgs(a, kw, 2);
            a[0].setItem(a[1], a[2]);
            return PyNone.None;
        });
        t.slot("__delitem__", (a, kw) -> {
            Sequences.slotArgs(a, kw, 1);
            a[0].delItem(a[1]);
            return PyNone.None;
        });
        Sequences.binarySlot(t, "__or__", BinaryOps.OR);
        Sequences.reflectedSlot(t, "__ror__", BinaryOps.OR);
        Sequences.inplaceSlot(t, "__ior__", BinaryOps.OR);
        t.def("__reversed__", (a, kw) -> {
            Sequences.methodArgs("dict.__reversed__", a, kw, 0, 0);
            return new PyDictIter(self(a), PyDictIter.KEYS, true);
        });
        t.def("get", (a, kw) -> {
            Sequences.methodArgs("dict.get", a, kw, 1, 2);
            PyObject v = self(a).getItemOrNull(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.None;
        });
        t.def("setdefault", (a, kw) -> {
            Sequences.methodArgs("dict.setdefault", a, kw, 1, 2);
            PyDict d = self(a);
            long h = Abstract.hash(a[1]);
            PyObject v = d.getWithHash(a[1], h);
            if (v == null) {
                v = a.length > 2 ? a[2] : PyNone.None;
                d.putWithHash(a[1], h, v);
            }
            return v;
        });
        t.def("pop", (a, kw) -> {
            Sequences.methodArgs("dict.pop", a, kw, 1, 2);
            PyObject v = self(a).pop(a[1]);
            if (v != null) {
                return v;
            }
            if (a.length > 2) {
                return a[2];
            }
            throw PyErr.keyError(a[1]);
        });
        t.def("popitem", (a, kw) -> {
            Sequences.methodArgs("dict.popitem", a, kw, 0, 0);
            return self(a).popItem();
        });
        t.def("keys", (a, kw) -> {
            Sequences.methodArgs("dict.keys", a, kw, 0, 0);
            return new PyDictView(self(a), PyDictView.KEYS);
        });
        t.def("values", (a, kw) -> {
            Sequences.methodArgs("dict.values", a, kw, 0, 0);
            return new PyDictView(self(a), PyDictView.VALUES);
        });
        t.def("items", (a, kw) -> {
            Sequences.methodArgs("dict.items", a, kw, 0, 0);
            return new PyDictView(self(a), PyDictView.ITEMS);
        });
        t.def("update", (a, kw) -> {
            update("update", a, kw);
            return PyNone.None;
        });
        t.def("copy", (a, kw) -> {
            Sequences.methodArgs("dict.copy", a, kw, 0, 0);
            return self(a).copy();
        });
        t.def("clear", (a, kw) -> {
            Sequences.methodArgs("dict.clear", a, kw, 0, 0);
            self(a).clear();
            return PyNone.None;
        });
        t.put("fromkeys", new PyClassMethodDescr("fromkeys", (a, kw) -> {
            Sequences.methodArgs("dict.fromkeys", a, kw, 1, 2);
            PyObject value = a.length > 2 ? a[2] : PyNone.None;
            PyObject d = Abstract.call0(a[0]);
            PyObject it = Abstract.iter(a[1]);
            boolean exact = d.getType() == PyDict.TYPE;
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                if (exact) {
                    d.setItem(k, value);
                } else {
                    Abstract.setItem(d, k, value);
                }
            }
            return d;
        }));
    }
}
