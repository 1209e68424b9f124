package org.minipy.objects;

/** The Python methods of {@code list}. */
final class ListMethods {
    private ListMethods() {
    }

    private static PyList self(PyObject[] a) {
        return (PyList) a[0];
    }

    static void install(PyType t) {
        t.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls) || !cls.isSubtypeOf(PyList.TYPE)) {
                throw PyErr.typeError("list.__new__(X): X is not a subtype of list");
            }
            return cls.allocate();
        }));
        t.slot("__init__", (a, kw) -> {
            ArgParser.noKeywords("list", kw);
            if (a.length > 2) {
                throw PyErr.typeError("list expected at most 1 argument, got %d", a.length - 1);
            }
            PyList l = self(a);
            if (l.size > 0) {
                l.clear();
            }
            if (a.length == 2) {
                l.extend(a[1]);
            }
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
        Sequences.binarySlot(t, "__add__", BinaryOps.ADD);
        Sequences.binarySlot(t, "__mul__", BinaryOps.MULTIPLY);
        Sequences.reflectedSlot(t, "__rmul__", BinaryOps.MULTIPLY);
        Sequences.inplaceSlot(t, "__iadd__", BinaryOps.ADD);
        Sequences.inplaceSlot(t, "__imul__", BinaryOps.MULTIPLY);
        t.def("__reversed__", (a, kw) -> {
            Sequences.methodArgs("list.__reversed__", a, kw, 0, 0);
            return self(a).reversedIter();
        });
        t.def("append", (a, kw) -> {
            Sequences.methodArgs("list.append", a, kw, 1, 1);
            self(a).append(a[1]);
            return PyNone.None;
        });
        t.def("extend", (a, kw) -> {
            Sequences.methodArgs("list.extend", a, kw, 1, 1);
            PyList l = self(a);
            if (a[1] == l) {
                l.addAll(l.toArray(), l.size);
            } else {
                l.extend(a[1]);
            }
            return PyNone.None;
        });
        t.def("insert", (a, kw) -> {
            Sequences.methodArgs("list.insert", a, kw, 2, 2);
            self(a).insert(Sequences.asSsize(a[1]), a[2]);
            return PyNone.None;
        });
        t.def("pop", (a, kw) -> {
            Sequences.methodArgs("list.pop", a, kw, 0, 1);
            return self(a).pop(a.length > 1 ? Sequences.asSsize(a[1]) : -1);
        });
        t.def("remove", (a, kw) -> {
            Sequences.methodArgs("list.remove", a, kw, 1, 1);
            self(a).remove(a[1]);
            return PyNone.None;
        });
        t.def("index", (a, kw) -> {
            Sequences.methodArgs("list.index", a, kw, 1, 3);
            PyList l = self(a);
            int start = Sequences.boundArg(a.length > 2 ? a[2] : null, l.size, 0);
            int stop = Sequences.boundArg(a.length > 3 ? a[3] : null, l.size, l.size);
            return PyInt.of(l.index(a[1], start, stop));
        });
        t.def("count", (a, kw) -> {
            Sequences.methodArgs("list.count", a, kw, 1, 1);
            PyList l = self(a);
            int c = 0;
            for (int i = 0; i < l.size; i++) {
                PyObject x = l.items[i];
                if (x == a[1] || Abstract.eq(x, a[1])) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        t.def("clear", (a, kw) -> {
            Sequences.methodArgs("list.clear", a, kw, 0, 0);
            self(a).clear();
            return PyNone.None;
        });
        t.def("copy", (a, kw) -> {
            Sequences.methodArgs("list.copy", a, kw, 0, 0);
            PyList l = self(a);
            return PyList.wrap(l.toArray(), l.size);
        });
        t.def("reverse", (a, kw) -> {
            Sequences.methodArgs("list.reverse", a, kw, 0, 0);
            self(a).reverse();
            return PyNone.None;
        });
        t.def("sort", (a, kw) -> {
            int nkw = ArgParser.nkw(kw);
            if (a.length - nkw > 1) {
                throw PyErr.typeError("sort() takes no positional arguments");
            }
            PyObject key = null;
            boolean reverse = false;
            for (int k = 0; k < nkw; k++) {
                PyObject v = a[a.length - nkw + k];
                if (kw[k].equals("key")) {
                    key = v;
                } else if (kw[k].equals("reverse")) {
                    reverse = Sequences.intFlag(v);
                } else {
                    throw PyErr.typeError("'%s' is an invalid keyword argument for sort()", kw[k]);
                }
            }
            self(a).sort(key, reverse);
            return PyNone.None;
        });
    }
}
