package org.minipy.objects;

/**
 * Registers the special methods of the number and sequence types as slot wrappers, so that
 * {@code int.__add__(1, 2)}, {@code dir(int)} and {@code super().__add__} work while the
 * interpreter calls the Java slots directly.
 */
final class ScalarSlots {
    private ScalarSlots() {
    }

    /** {@code __op__} and {@code __rop__} for each operator code given. */
    static void binary(PyType t, int... ops) {
        for (int op : ops) {
            if (op == BinaryOps.POWER) {
                power(t);
                continue;
            }
            t.slot(BinaryOps.dunder(op), (a, kw) -> {
                check(t, BinaryOps.dunder(op), a, 2);
                return a[0].binaryOp(op, a[1]);
            });
            t.slot(BinaryOps.reflectedDunder(op), (a, kw) -> {
                check(t, BinaryOps.reflectedDunder(op), a, 2);
                return a[0].reflectedOp(op, a[1]);
            });
        }
    }

    /** {@code __pow__(value, mod=None)} and {@code __rpow__(value, mod=None)}. */
    private static void power(PyType t) {
        t.slot("__pow__", (a, kw) -> {
            checkPow(a, kw);
            if (a.length == 3 && a[2] != PyNone.None) {
                return a[0] instanceof PyInt x && a[1] instanceof PyInt y && a[2] instanceof PyInt m
                        ? PyInt.pow(x, y, m) : PyNotImplemented.NotImplemented;
            }
            return a[0].binaryOp(BinaryOps.POWER, a[1]);
        });
        t.slot("__rpow__", (a, kw) -> {
            checkPow(a, kw);
            if (a.length == 3 && a[2] != PyNone.None) {
                return a[0] instanceof PyInt x && a[1] instanceof PyInt y && a[2] instanceof PyInt m
                        ? PyInt.pow(y, x, m) : PyNotImplemented.NotImplemented;
            }
            return a[0].reflectedOp(BinaryOps.POWER, a[1]);
        });
    }

    private static void checkPow(PyObject[] a, String[] kw) {
        ArgParser.noKeywords("pow", kw);
        if (a.length < 2 || a.length > 3) {
            throw PyErr.typeError(a.length < 2 ? " expected at least 1 argument, got %d"
                    : " expected at most 2 arguments, got %d", a.length - 1);
        }
        if (a.length == 3 && a[2] != PyNone.None && a[0] instanceof PyFloat) {
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
    }

    /** {@code __neg__ __pos__ __abs__ __bool__} and, if asked, {@code __invert__}. */
    static void unary(PyType t, boolean invert) {
        t.slot("__neg__", (a, kw) -> {
            check(t, "__neg__", a, 1);
            return a[0].negative();
        });
        t.slot("__pos__", (a, kw) -> {
            check(t, "__pos__", a, 1);
            return a[0].positive();
        });
        t.slot("__abs__", (a, kw) -> {
            check(t, "__abs__", a, 1);
            return a[0].abs();
        });
        t.slot("__bool__", (a, kw) -> {
            check(t, "__bool__", a, 1);
            return PyBool.of(a[0].isTrue());
        });
        if (invert) {
            t.slot("__invert__", (a, kw) -> {
                check(t, "__invert__", a, 1);
                return a[0].invert();
            });
        }
    }

    /** CPython's wrapper check: "expected 1 argument, got 0" (counts exclude self). */
    static void check(PyType t, String name, PyObject[] a, int n) {
        if (a.length != n) {
            int want = n - 1, got = a.length - 1;
            throw PyErr.typeError("expected %d argument%s, got %d", want, want == 1 ? "" : "s", got);
        }
    }
}
