package org.minipy.vm;

import org.minipy.code.Code;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyException;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/**
 * An execution frame (CPython's {@code _PyInterpreterFrame} and frame object in one): the code,
 * the "localsplus" array (locals, cells, free variables), the value stack, the instruction
 * pointer and the namespaces. The eval loop keeps {@code ip} and {@code sp} in Java locals and
 * stores them here only when the frame is suspended (a generator) or an exception unwinds it.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", PyFrame.class);

    public final Code code;
    public final PyObject[] localsplus;
    public final PyObject[] stack;
    /** Number of items on the value stack (saved when suspended or unwinding). */
    int sp;
    /** Code-unit index of the next instruction to execute (saved when suspended). */
    int ip;
    /** Code-unit index of the instruction executing or last executed (for line numbers). */
    int lasti;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class-body frames; null for function frames. */
    public final PyObject locals;
    /** The calling frame while this one runs. */
    PyFrame back;
    /** The function whose code runs here (for COPY_FREE_VARS and caches); null for module code. */
    final PyFunction func;
    /** The inline caches of the code running here. */
    final CodeCache cache;
    /** Set by YIELD_VALUE so the generator can tell a yield from a return. */
    boolean yielded;
    /** An exception to raise at the current instruction on resumption (generator.throw). */
    PyException pendingThrow;
    /** Set by RERAISE: the exception already has this frame in its traceback. */
    boolean reraising;
    /** Set by SEND when the subiterator finished: the loop then takes the jump. */
    boolean sendDone;
    /** Something besides the running call refers to this frame (a traceback, a generator, Python code): no reuse. */
    boolean escaped;
    /** The generator that owns this frame, or null. */
    PyGenerator generator;

    PyFrame(Code code, PyDict globals, PyDict builtins, PyObject locals, PyFunction func, CodeCache cache) {
        this.code = code;
        this.localsplus = new PyObject[code.nlocalsplus()];
        this.stack = new PyObject[code.co_stacksize + 1];
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.func = func;
        this.cache = cache;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The current line number ({@code f_lineno}). */
    public int lineno() {
        int l = code.lineOf(lasti);
        return l < 0 ? code.co_firstlineno : l;
    }

    /** The code-unit index of the current instruction ({@code f_lasti} / 2). */
    public int lasti() {
        return lasti;
    }

    public PyFrame back() {
        if (back != null) {
            back.escaped = true;
        }
        return back;
    }

    /** {@code f_locals}: the locals mapping, or a snapshot dict of the fast locals. */
    public PyObject localsMapping() {
        if (locals != null) {
            return locals;
        }
        PyDict d = new PyDict();
        String[] names = code.localsplusNames;
        byte[] kinds = code.localsplusKinds;
        for (int i = 0; i < names.length; i++) {
            PyObject v = localsplus[i];
            if (v instanceof PyCell c && (kinds[i] & (Code.KIND_CELL | Code.KIND_FREE)) != 0) {
                v = c.ref;
            }
            if (v != null) {
                d.setItem(names[i], v);
            }
        }
        return d;
    }

    @Override
    public PyObject getAttribute(String name) {
        switch (name) {
            case "f_code": return code;
            case "f_globals": return globals;
            case "f_builtins": return builtins;
            case "f_locals": return localsMapping();
            case "f_lineno": return PyInt.of(lineno());
            case "f_lasti": return PyInt.of(lasti * 2L);
            case "f_back": return back == null ? PyNone.None : back();
            default: return super.getAttribute(name);
        }
    }

    @Override
    public PyStr repr() {
        return PyStr.of("<frame at " + Abstract.addressOf(this) + ", file '" + code.co_filename + "', line "
                + lineno() + ", code " + code.co_name + ">");
    }
}
