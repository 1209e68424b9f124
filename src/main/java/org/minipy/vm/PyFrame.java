package org.minipy.vm;

import org.minipy.code.Code;
import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyGetSetDescr;
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

    static {
        // getsets for introspection (dir, type(f).__dict__); reads go through getAttribute's switch
        for (String n : new String[] {"f_back", "f_builtins", "f_code", "f_globals", "f_lasti", "f_lineno",
            "f_locals"}) {
            TYPE.put(n, new PyGetSetDescr(TYPE, n, o -> o.getAttribute(n), null));
        }
        for (String n : new String[] {"f_trace", "f_trace_lines", "f_trace_opcodes"}) {
            TYPE.put(n, new PyGetSetDescr(TYPE, n, o -> o.getAttribute(n), (o, v) -> ((PyFrame) o).setTrace(n, v)));
        }
        TYPE.def("clear", (a, kw) -> {
            ArgParser.checkCount("clear", java.util.Arrays.copyOfRange(a, 1, a.length), kw, 0, 0);
            ((PyFrame) a[0]).clear();
            return PyNone.None;
        });
        installCodeAttributes();
    }

    /**
     * The code type's getsets, for introspection (dir, type(co).__dict__); reads go through
     * Code.getAttribute. Installed here, where code first runs, as the code package is the
     * compiler's and the VM's contract and carries no Python-level plumbing of its own.
     */
    private static void installCodeAttributes() {
        PyType ct = Code.TYPE;
        for (String n : new String[] {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_flags",
            "co_stacksize", "co_nlocals", "co_code", "co_consts", "co_names", "co_varnames", "co_cellvars",
            "co_freevars", "co_filename", "co_name", "co_qualname", "co_firstlineno"}) {
            ct.put(n, new PyGetSetDescr(ct, n, o -> o.getAttribute(n), null));
        }
        // minipy does not rewrite code as it runs: the adaptive code is co_code
        ct.put("_co_code_adaptive", new PyGetSetDescr(ct, "_co_code_adaptive", o -> o.getAttribute("co_code"), null));
        ct.def("_varname_from_oparg", (a, kw) -> {
            ArgParser.checkCount("_varname_from_oparg", java.util.Arrays.copyOfRange(a, 1, a.length), kw, 1, 1);
            String[] names = ((Code) a[0]).localsplusNames;
            int i = Abstract.index(a[1]).intValue();
            if (i < 0 || i >= names.length) {
                throw PyErr.indexError("tuple index out of range");
            }
            return PyStr.of(names[i]);
        });
    }

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
    /**
     * {@code f_trace}, {@code f_trace_lines}, {@code f_trace_opcodes} once one is assigned, else
     * null (minipy does not trace; they are kept so that they read back).
     */
    private PyObject[] trace;

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
            case "f_trace": return trace == null ? PyNone.None : trace[0];
            case "f_trace_lines": return trace == null ? PyBool.True : trace[1];
            case "f_trace_opcodes": return trace == null ? PyBool.False : trace[2];
            default: return super.getAttribute(name);
        }
    }

    private void setTrace(String name, PyObject v) {
        if (trace == null) {
            trace = new PyObject[] {PyNone.None, PyBool.True, PyBool.False};
        }
        switch (name) {
            case "f_trace":
                trace[0] = v == null ? PyNone.None : v;
                return;
            default:
                if (v == null || !(v instanceof PyBool)) {
                    throw PyErr.typeError("attribute value type must be bool");
                }
                trace[name.equals("f_trace_lines") ? 1 : 2] = v;
        }
    }

    /**
     * {@code frame.clear()} (cf. frame_tp_clear): drops the locals of a frame that is not running;
     * a suspended generator's frame closes its generator first.
     */
    void clear() {
        if (generator != null) {
            if (generator.isRunning()) {
                throw PyErr.runtimeError("cannot clear an executing frame");
            }
            generator.finalizeGenerator();
        } else if (func != null) {
            for (PyFrame f = func.interp.ts.frame; f != null; f = f.back) {
                if (f == this) {
                    throw PyErr.runtimeError("cannot clear an executing frame");
                }
            }
        } else {
            return; // module and class-body code keep their names in a namespace, not here
        }
        java.util.Arrays.fill(localsplus, null);
    }

    @Override
    public PyStr repr() {
        return PyStr.of("<frame at " + Abstract.addressOf(this) + ", file '" + code.co_filename + "', line "
                + lineno() + ", code " + code.co_name + ">");
    }
}
