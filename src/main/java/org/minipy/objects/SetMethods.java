package org.minipy.objects;

/** The Python methods of {@code set} and {@code frozenset}. */
final class SetMethods {
    private SetMethods() {
    }

    private static PySet self(PyObject[] a) {
        return (PySet) a[0];
    }

    /** {@code s.op(*others)} folded left to right. */
    @FunctionalInterface
    private interface Fold {
        PySet apply(PySet acc, PyObject other);
    }

    private static void multi(PyType t, String name, Fold f) {
        t.def(name, (a, kw) -> {
            ArgParser.noKeywords(t.getName() + "." + name, kw);
            PySet acc = self(a);
            if (a.length == 1) {
                return acc.copy();
            }
            for (int i = 1; i < a.length; i++) {
                acc = f.apply(acc, a[i]);
            }
            return acc;
        });
    }

    private static void one(PyType t, String name, java.util.function.BiFunction<PySet, PyObject, PyObject> f) {
        t.def(name, (a, kw) -> {
            Sequences.methodArgs(t.getName() + "." + name, a, kw, 1, 1);
            return f.apply(self(a), a[1]);
        });
    }

    static void install(PyType t, boolean frozen) {
        String tname = t.getName();
        if (frozen) {
            t.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
                if (a.length == 0 || !(a[0] instanceof PyType type) || !type.isSubtypeOf(t)) {
                    throw PyErr.typeError("frozenset.__new__(X): X is not a subtype of frozenset");
                }
                if (type == t || type.lookup("__init__") == t.lookup("__init__")) {
                    ArgParser.noKeywords("frozenset", kw);
                }
                int n = a.length - 1 - ArgParser.nkw(kw);
                if (n > 1) {
                    throw PyErr.typeError("%s expected at most 1 argument, got %d", type.getName(), n);
                }
                if (type == t) {
                    return n == 0 ? new PySet(t) : PySet.frozenFromIterable(a[1]);
                }
                PySet s = (PySet) type.allocate();
                if (n == 1) {
                    s.updateInternal(a[1]);
                }
                return s;
            }));
            t.slot("__hash__", (a, kw) -> PyInt.of(a[0].hash()));
        } else {
            t.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
                if (a.length == 0 || !(a[0] instanceof PyType type) || !type.isSubtypeOf(t)) {
                    throw PyErr.typeError("set.__new__(X): X is not a subtype of set");
                }
                return type.allocate();
            }));
            t.slot("__init__", (a, kw) -> {
                PySet s = self(a);
                ArgParser.noKeywords("set", kw);
                if (a.length > 2) {
                    throw PyErr.typeError("%s expected at most 1 argument, got %d", s.getType().getName(), a.length - 1);
                }
                if (s.size() > 0) {
                    s.clear();
                }
                if (a.length == 2) {
                    s.updateInternal(a[1]);
                }
                return PyNone.None;
            });
            t.put("__hash__", PyNone.None);
        }
        PyGenericAlias.install(t);
        t.slot("__len__", (a, kw) -> {
            Sequences.slotArgs(a, kw, 0);
            return PyInt.of(self(a).size());
        });
        t.slot("__contains__", (a, kw) -> {
            Sequences.slotArgs(a, kw, 1);
            return PyBool.of(self(a).containsKey(a[1]));
        });
        t.slot("__iter__", (a, kw) -> {
            Sequences.slotArgs(a, kw, 0);
            return a[0].iter();
        });
        t.slot("__repr__", (a, kw) -> a[0].repr());
        Sequences.binarySlot(t, "__or__", BinaryOps.OR);
        Sequences.binarySlot(t, "__and__", BinaryOps.AND);
        Sequences.binarySlot(t, "__sub__", BinaryOps.SUBTRACT);
        Sequences.binarySlot(t, "__xor__", BinaryOps.XOR);
        Sequences.reflectedSlot(t, "__ror__", BinaryOps.OR);
        Sequences.reflectedSlot(t, "__rand__", BinaryOps.AND);
        Sequences.reflectedSlot(t, "__rsub__", BinaryOps.SUBTRACT);
        Sequences.reflectedSlot(t, "__rxor__", BinaryOps.XOR);
        t.def("copy", (a, kw) -> {
            Sequences.methodArgs(tname + ".copy", a, kw, 0, 0);
            PySet s = self(a);
            return frozen && s.getType() == t ? s : s.copy();
        });
        t.def("union", (a, kw) -> {
            ArgParser.noKeywords(tname + ".union", kw);
            PySet s = self(a);
            PySet r = s.copy();
            for (int i = 1; i < a.length; i++) {
                if (a[i] != s) {
                    r.updateInternal(a[i]);
                }
            }
            return r;
        });
        multi(t, "intersection", (acc, o) -> acc.intersection(o));
        t.def("difference", (a, kw) -> {
            ArgParser.noKeywords(tname + ".difference", kw);
            PySet s = self(a);
            if (a.length == 1) {
                return s.copy();
            }
            PySet r = s.difference(a[1]);
            for (int i = 2; i < a.length; i++) {
                r.differenceUpdate(a[i]);
            }
            return r;
        });
        one(t, "symmetric_difference", (s, o) -> s.symmetricDifference(o));
        one(t, "issubset", (s, o) -> PyBool.of(s.isSubset(o)));
        one(t, "issuperset", (s, o) -> PyBool.of(s.isSuperset(o)));
        one(t, "isdisjoint", (s, o) -> PyBool.of(s.isDisjoint(o)));
        if (frozen) {
            return;
        }
        Sequences.inplaceSlot(t, "__ior__", BinaryOps.OR);
        Sequences.inplaceSlot(t, "__iand__", BinaryOps.AND);
        Sequences.inplaceSlot(t, "__isub__", BinaryOps.SUBTRACT);
        Sequences.inplaceSlot(t, "__ixor__", BinaryOps.XOR);
        one(t, "add", (s, o) -> {
            s.add(o);
            return PyNone.None;
        });
        one(t, "remove", (s, o) -> {
            s.remove(o);
            return PyNone.None;
        });
        one(t, "discard", (s, o) -> {
            s.discard(o);
            return PyNone.None;
        });
        one(t, "symmetric_difference_update", (s, o) -> {
            s.symmetricDifferenceUpdate(o);
            return PyNone.None;
        });
        t.def("pop", (a, kw) -> {
            Sequences.methodArgs("set.pop", a, kw, 0, 0);
            return self(a).pop();
        });
        t.def("clear", (a, kw) -> {
            Sequences.methodArgs("set.clear", a, kw, 0, 0);
            self(a).clear();
            return PyNone.None;
        });
        t.def("update", (a, kw) -> {
            ArgParser.noKeywords("set.update", kw);
            for (int i = 1; i < a.length; i++) {
                self(a).updateInternal(a[i]);
            }
            return PyNone.None;
        });
        t.def("intersection_update", (a, kw) -> {
            ArgParser.noKeywords("set.intersection_update", kw);
            PySet s = self(a);
            PySet acc = a.length == 1 ? s.copy() : s;
            for (int i = 1; i < a.length; i++) {
                acc = acc.intersection(a[i]);
            }
            s.takeBody(acc);
            return PyNone.None;
        });
        t.def("difference_update", (a, kw) -> {
            ArgParser.noKeywords("set.difference_update", kw);
            for (int i = 1; i < a.length; i++) {
                self(a).differenceUpdate(a[i]);
            }
            return PyNone.None;
        });
    }
}
