package org.minipy.modules;

import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.CompareOp;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyNotImplemented;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/** {@code types.SimpleNamespace}: attributes set from keyword arguments; repr {@code namespace(a=1)}. */
public class PySimpleNamespace extends PyObject implements org.minipy.objects.ClassAssignment.Target {
    public static final PyType TYPE =
            PyType.builtinInModule("SimpleNamespace", "types", PyType.OBJECT, PySimpleNamespace::new);

    private PyType type;
    private final PyDict dict = new PyDict();

    public PySimpleNamespace(PyType type) {
        this.type = type;
    }

    public PySimpleNamespace() {
        this(TYPE);
    }

    /** Sets an attribute from Java (builder style). */
    public PySimpleNamespace with(String name, PyObject value) {
        dict.setItem(name, value);
        return this;
    }

    @Override
    public PyType getType() {
        return type;
    }


    /** {@code obj.__class__ = cls}, checked by {@link org.minipy.objects.ClassAssignment}. */

    @Override

    public void setType(PyType t) {

        type = t;

    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public PyStr repr() {
        String name = type == TYPE ? "namespace" : type.getName();
        StringBuilder sb = new StringBuilder(name).append('(');
        boolean first = true;
        PyObject it = Abstract.iter(dict);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(Abstract.str(k).value()).append('=').append(Abstract.repr(dict.getItem(k)).value());
        }
        return PyStr.of(sb.append(')').toString());
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && other instanceof PySimpleNamespace o) {
            boolean eq = sameItems(dict, o.dict);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        return PyNotImplemented.NotImplemented;
    }

    private static boolean sameItems(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        PyObject it = Abstract.iter(a);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            PyObject w = b.getItemOrNull(k);
            if (w == null || !Abstract.eq(a.getItem(k), w)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long hash() {
        throw PyErr.typeError("unhashable type: '%s'", type.getName());
    }

    static {
        TYPE.put("__dict__", org.minipy.objects.PyGetSetDescr.instanceDict(TYPE));
        TYPE.def("__init__", (a, kw) -> {
            int nkw = ArgParser.nkw(kw);
            if (a.length - nkw > 1) {
                throw PyErr.typeError("no positional arguments expected");
            }
            PyDict d = a[0].getDict();
            for (int i = 0; i < nkw; i++) {
                d.setItem(kw[i], a[a.length - nkw + i]);
            }
            return PyNone.None;
        });
        TYPE.slot("__repr__", (a, kw) -> a[0].repr());
        TYPE.slot("__eq__", (a, kw) -> a[0].richCompare(a[1], CompareOp.EQ));
        TYPE.slot("__ne__", (a, kw) -> a[0].richCompare(a[1], CompareOp.NE));
        TYPE.put("__hash__", PyNone.None);
    }
}
