package org.minipy.vm;

import org.minipy.objects.ArgParser;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyGetSetDescr;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyType;

/**
 * One entry of a traceback: the frame an exception passed through and the instruction it was
 * at. The head of the chain is the outermost frame; {@code tb_next} leads towards the frame that
 * raised.
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class);

    private static final String[] MEMBERS = {"tb_frame", "tb_next", "tb_lasti", "tb_lineno"};

    static {
        // for introspection; reads go through getAttribute's switch
        for (String n : MEMBERS) {
            TYPE.put(n, new PyGetSetDescr(TYPE, n, o -> o.getAttribute(n),
                    n.equals("tb_next") ? (o, v) -> ((PyTraceback) o).setNext(v) : null));
        }
        // tb_dir: only the tb_* attributes
        TYPE.def("__dir__", (a, kw) -> {
            ArgParser.checkCount("__dir__", java.util.Arrays.copyOfRange(a, 1, a.length), kw, 0, 0);
            PyList l = new PyList();
            for (String n : MEMBERS) {
                l.append(PyStr.of(n));
            }
            return l;
        });
    }

    public final PyFrame frame;
    /** Code-unit index of the instruction. */
    public final int lasti;
    public final int lineno;
    /** Towards the frame that raised ({@code tb_next}, which Python code may replace). */
    public PyTraceback next;

    public PyTraceback(PyFrame frame, int lasti, PyTraceback next) {
        this.frame = frame;
        frame.escaped = true;
        this.lasti = lasti;
        int l = frame.code.lineOf(lasti);
        this.lineno = l < 0 ? frame.code.co_firstlineno : l;
        this.next = next;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** cf. tb_next_set: None or a traceback that does not lead back here. */
    private void setNext(PyObject v) {
        if (v == null) {
            throw PyErr.typeError("can't delete tb_next attribute");
        }
        if (v == PyNone.None) {
            next = null;
            return;
        }
        if (!(v instanceof PyTraceback tb)) {
            throw PyErr.typeError("expected traceback object, got '%s'", v.getType().getName());
        }
        for (PyTraceback c = tb; c != null; c = c.next) {
            if (c == this) {
                throw PyErr.valueError("traceback loop detected");
            }
        }
        next = tb;
    }

    @Override
    public PyObject getAttribute(String name) {
        switch (name) {
            case "tb_frame": return frame;
            case "tb_lineno": return PyInt.of(lineno);
            case "tb_lasti": return PyInt.of(lasti * 2L);
            case "tb_next": return next == null ? PyNone.None : next;
            default: return super.getAttribute(name);
        }
    }
}
