package org.minipy.vm;

import org.minipy.objects.PyInt;
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

    public final PyFrame frame;
    /** Code-unit index of the instruction. */
    public final int lasti;
    public final int lineno;
    public final PyTraceback next;

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
