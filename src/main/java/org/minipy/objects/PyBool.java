package org.minipy.objects;

/** {@code bool}: a subclass of int with exactly two instances. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, null);
    public static final PyBool True = new PyBool(1);
    public static final PyBool False = new PyBool(0);

    static {
        TYPE.put("__new__", new PyBuiltinFunction("__new__", (a, kw) -> {
            ArgParser.noKeywords("bool", kw);
            if (a.length > 2) {
                throw PyErr.typeError("bool expected at most 1 argument, got %d", a.length - 1);
            }
            return a.length == 1 ? False : of(Abstract.isTrue(a[1]));
        }));
        ScalarSlots.binary(TYPE, BinaryOps.AND, BinaryOps.OR, BinaryOps.XOR);
    }

    private PyBool(long v) {
        super(v, null);
    }

    public static PyBool of(boolean b) {
        return b ? True : False;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyStr repr() {
        return PyStr.of(value != 0 ? "True" : "False");
    }

    @Override
    public PyStr format(String spec) {
        return spec.isEmpty() ? repr() : super.format(spec);
    }

    /** {@code & | ^} of two bools is a bool; everything else is int arithmetic. */
    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (other instanceof PyBool b) {
            switch (op) {
                case BinaryOps.AND:
                    return of((value & b.value) != 0);
                case BinaryOps.OR:
                    return of((value | b.value) != 0);
                case BinaryOps.XOR:
                    return of((value ^ b.value) != 0);
                default:
                    break;
            }
        }
        return super.binaryOp(op, other);
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (other instanceof PyBool b) {
            return b.binaryOp(op, this);
        }
        return super.reflectedOp(op, other);
    }

}
