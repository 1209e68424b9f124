package org.minipy.vm;

import org.minipy.objects.PyErr;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyGetSetDescr;

/** A cell: the shared box of a variable captured by a closure ({@code MAKE_CELL}, {@code LOAD_DEREF}). */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyCell.class);

    static {
        TYPE.put("cell_contents", new PyGetSetDescr(TYPE, "cell_contents", o -> {
            PyObject v = ((PyCell) o).ref;
            if (v == null) {
                throw PyErr.valueError("Cell is empty");
            }
            return v;
        }, (o, v) -> ((PyCell) o).ref = v));
    }

    /** The contents, or null when empty. */
    public PyObject ref;

    public PyCell(PyObject ref) {
        this.ref = ref;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyStr repr() {
        if (ref == null) {
            return PyStr.of("<cell at " + Abstract.addressOf(this) + ": empty>");
        }
        return PyStr.of("<cell at " + Abstract.addressOf(this) + ": " + ref.getType().getName()
                + " object at " + Abstract.addressOf(ref) + ">");
    }
}
