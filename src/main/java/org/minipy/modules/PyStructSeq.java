package org.minipy.modules;

import org.minipy.objects.Abstract;
import org.minipy.objects.CompareOp;
import org.minipy.objects.PyNotImplemented;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;
import org.minipy.objects.PyType;

/**
 * A named tuple made in Java ({@code sys.version_info}, {@code sys.flags}): indexing, len,
 * iteration, comparison and hashing as its tuple, and each field by name; repr
 * {@code sys.version_info(major=3, ...)}, or {@code Positions(lineno=1, ...)} for one standing
 * for a {@code collections.namedtuple} ({@link #namedTuple}), whose repr has no module.
 */
public final class PyStructSeq extends PyObject {
    private final PyType type;
    private final String[] fields;
    private final PyTuple values;
    private final boolean namedTuple;

    public PyStructSeq(PyType type, String[] fields, PyObject... values) {
        this(type, fields, false, values);
    }

    private PyStructSeq(PyType type, String[] fields, boolean namedTuple, PyObject... values) {
        this.type = type;
        this.fields = fields;
        this.namedTuple = namedTuple;
        this.values = new PyTuple(values.clone());
    }

    /** One standing for a namedtuple of a Python module ({@code dis.Instruction}). */
    public static PyStructSeq namedTuple(PyType type, String[] fields, PyObject... values) {
        return new PyStructSeq(type, fields, true, values);
    }

    /** A struct-sequence type named {@code module.name}. */
    public static PyType newType(String module, String name) {
        PyType t = PyType.builtinInModule(name, module, PyType.OBJECT, null);
        t.slot("__len__", (a, kw) -> org.minipy.objects.PyInt.of(a[0].length()));
        t.slot("__getitem__", (a, kw) -> a[0].getItem(a[1]));
        t.slot("__iter__", (a, kw) -> a[0].iter());
        t.slot("__repr__", (a, kw) -> a[0].repr());
        t.slot("__hash__", (a, kw) -> org.minipy.objects.PyInt.of(a[0].hash()));
        for (CompareOp op : CompareOp.values()) {
            t.slot(op.dunder, (a, kw) -> a[0].richCompare(a[1], op));
        }
        return t;
    }

    public PyTuple asTuple() {
        return values;
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyObject getAttribute(String name) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].equals(name)) {
                return values.get(i);
            }
        }
        return super.getAttribute(name);
    }

    @Override
    public int length() {
        return values.size();
    }

    @Override
    public PyObject getItem(PyObject key) {
        return Abstract.getItem(values, key);
    }

    @Override
    public PyObject iter() {
        return Abstract.iter(values);
    }

    @Override
    public long hash() {
        return Abstract.hash(values);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyStructSeq s) {
            return Abstract.richCompare(values, s.values, op);
        }
        if (other instanceof PyTuple t) {
            return Abstract.richCompare(values, t, op);
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public PyStr repr() {
        StringBuilder sb = new StringBuilder();
        if (!namedTuple) {
            sb.append(type.moduleName()).append('.');
        }
        sb.append(type.getName()).append('(');
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(fields[i]).append('=').append(Abstract.repr(values.get(i)).value());
        }
        return PyStr.of(sb.append(')').toString());
    }
}
