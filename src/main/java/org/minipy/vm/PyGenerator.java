package org.minipy.vm;

import org.minipy.code.Opcode;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBaseException;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyException;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyGetSetDescr;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;
import org.minipy.objects.PyType;

/**
 * A generator: a suspended frame that {@code next}/{@code send}/{@code throw}/{@code close}
 * resume (cf. CPython's {@code Objects/genobject.c}). The frame itself remembers where it
 * stopped; a YIELD_VALUE returns from the eval loop with {@code frame.yielded} set.
 */
public final class PyGenerator extends PyObject implements org.minipy.objects.ReturnsValue {
    public static final PyType TYPE = PyType.builtin("generator", PyGenerator.class);

    static {
        TYPE.def("send", (a, kw) -> ((PyGenerator) a[0]).send(a.length > 1 ? a[1] : PyNone.None));
        TYPE.def("throw", (a, kw) -> ((PyGenerator) a[0]).throwMethod(a.length > 1 ? a[1] : PyNone.None,
                a.length > 2 ? a[2] : PyNone.None, a.length > 3 ? a[3] : PyNone.None));
        TYPE.def("close", (a, kw) -> ((PyGenerator) a[0]).close());
        TYPE.slot("__next__", (a, kw) -> {
            PyObject v = a[0].next();
            if (v == null) {
                throw PyErr.stopIteration(((PyGenerator) a[0]).takeReturnValue());
            }
            return v;
        });
        TYPE.slot("__iter__", (a, kw) -> a[0]);
        // getsets for introspection (dir, type(g).__dict__); reads go through getAttribute's switch
        for (String n : new String[] {"gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom"}) {
            TYPE.put(n, new PyGetSetDescr(TYPE, n, o -> o.getAttribute(n), null));
        }
        for (String n : new String[] {"__name__", "__qualname__"}) {
            TYPE.put(n, new PyGetSetDescr(TYPE, n, o -> o.getAttribute(n), (o, v) -> o.setAttribute(n, v)));
        }
        // tp_finalize: a generator suspended inside try/with is closed when it is collected
        TYPE.slot("__del__", (a, kw) -> {
            ((PyGenerator) a[0]).finalizeGenerator();
            return PyNone.None;
        });
    }

    private final InterpreterState interp;
    final PyFrame frame;
    /** {@code __name__} and {@code __qualname__} once assigned; until then the function's. */
    private String genName, genQualname;
    private boolean started;
    private boolean running;
    private boolean finished;
    /** The value of the return statement that finished the generator (until taken). */
    private PyObject returnValue = PyNone.None;
    /** This generator's level of the handled-exception stack (CPython's gi_exc_state). */
    private final ThreadState.ExcItem excState = new ThreadState.ExcItem();

    PyGenerator(InterpreterState interp, PyFrame frame) {
        this.interp = interp;
        this.frame = frame;
        frame.generator = this;
        frame.escaped = true;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /**
     * The value the generator returned (None if none or already taken). After {@link #next()}
     * gives null, {@code next(gen)} should raise {@code StopIteration(takeReturnValue())}.
     */
    @Override
    public PyObject takeReturnValue() {
        PyObject v = returnValue;
        returnValue = PyNone.None;
        return v;
    }

    /**
     * Runs the frame until it yields (returns the value) or finishes (returns null; the value
     * of its return is in {@link #takeReturnValue}). Exceptions from the frame propagate.
     */
    PyObject resume(PyObject value, PyException thrown) {
        if (running) {
            throw PyErr.valueError("generator already executing");
        }
        if (finished) {
            if (thrown != null) {
                throw thrown;
            }
            returnValue = PyNone.None;
            return null;
        }
        if (!started && thrown == null && value != PyNone.None) {
            throw PyErr.typeError("can't send non-None value to a just-started generator");
        }
        started = true;
        if (thrown == null) {
            frame.stack[frame.sp++] = value;
        } else {
            frame.pendingThrow = thrown;
        }
        ThreadState ts = interp.ts;
        excState.previous = ts.excInfo;
        ts.excInfo = excState;
        running = true;
        PyObject r;
        try {
            r = Eval.execute(ts, frame);
        } catch (PyException e) {
            finished = true;
            if (e.matches(PyExc.StopIteration)) {
                PyBaseException re = PyErr.runtimeError("generator raised StopIteration").value;
                re.cause = e.value;
                re.context = e.value;
                re.suppressContext = true;
                throw new PyException(re);
            }
            throw e;
        } finally {
            running = false;
            ts.excInfo = excState.previous;
            excState.previous = null;
        }
        if (frame.yielded) {
            frame.yielded = false;
            return r;
        }
        finished = true;
        returnValue = r;
        return null;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        return resume(PyNone.None, null);
    }

    /** {@code gen.send(value)}: the next yielded value, or StopIteration(return value). */
    public PyObject send(PyObject value) {
        PyObject r = resume(value, null);
        if (r == null) {
            throw PyErr.stopIteration(takeReturnValue());
        }
        return r;
    }

    /** The iterator a {@code yield from} in the suspended frame delegates to, or null. */
    private PyObject yieldFrom() {
        if (!started || finished) {
            return null;
        }
        byte[] co = frame.code.co_code;
        int ip = frame.ip * 2;
        if (ip + 1 < co.length && (co[ip] & 0xff) == Opcode.RESUME && (co[ip + 1] & 0xff) >= 2) {
            return frame.stack[frame.sp - 1];
        }
        return null;
    }

    /** {@code gen.throw(typ[, val[, tb]])}. */
    PyObject throwMethod(PyObject typ, PyObject val, PyObject tb) {
        if (tb != PyNone.None && !(tb instanceof PyTraceback)) {
            throw PyErr.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException exc;
        if (typ instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            if (val instanceof PyBaseException e && e.getType().isSubtypeOf(t)) {
                exc = e;
            } else {
                PyObject[] args = val == PyNone.None ? new PyObject[0]
                        : val instanceof PyTuple tup ? tup.items().clone() : new PyObject[] {val};
                PyObject made = Abstract.call(t, args);
                if (!(made instanceof PyBaseException e)) {
                    throw PyErr.typeError("calling %s should have returned an instance of BaseException, not %s",
                            Abstract.repr(t).value(), made.getType().getName());
                }
                exc = e;
            }
        } else if (typ instanceof PyBaseException e) {
            if (val != PyNone.None) {
                throw PyErr.typeError("instance exception may not have a separate value");
            }
            exc = e;
        } else {
            throw PyErr.typeError("exceptions must be classes or instances deriving from BaseException, not %s",
                    typ.getType().getName());
        }
        if (tb instanceof PyTraceback) {
            exc.traceback = tb;
        }
        PyObject r = throwInto(new PyException(exc));
        if (r == null) {
            throw PyErr.stopIteration(takeReturnValue());
        }
        return r;
    }

    /** Raises {@code e} at the suspension point, delegating to a {@code yield from} subiterator first. */
    private PyObject throwInto(PyException e) {
        PyObject yf = yieldFrom();
        if (yf == null) {
            return resume(null, e);
        }
        if (e.matches(PyExc.GeneratorExit)) {
            running = true;
            try {
                closeIter(yf);
            } catch (PyException x) {
                running = false;
                return resume(null, x);
            } finally {
                running = false;
            }
            return resume(null, e);
        }
        PyObject ret;
        running = true;
        try {
            if (yf instanceof PyGenerator g) {
                ret = g.throwInto(e);
                if (ret == null) {
                    running = false;
                    return finishYieldFrom(g.takeReturnValue());
                }
            } else {
                PyObject meth = Abstract.lookupAttr(yf, "throw");
                if (meth == null) {
                    running = false;
                    return resume(null, e);
                }
                PyObject tb = e.value.traceback == null ? PyNone.None : e.value.traceback;
                ret = Abstract.call(meth, e.value.getType(), e.value, tb);
            }
        } catch (PyException x) {
            running = false;
            if (x.matches(PyExc.StopIteration)) {
                PyObject v = Abstract.lookupAttr(x.value, "value");
                return finishYieldFrom(v == null ? PyNone.None : v);
            }
            popSubiterator();
            return resume(null, x);
        } finally {
            running = false;
        }
        return ret;
    }

    /** The subiterator finished with {@code value}: continue after the yield-from loop with it. */
    private PyObject finishYieldFrom(PyObject value) {
        popSubiterator();
        // The frame stopped at YIELD_VALUE, just after SEND: resume at SEND's jump target.
        byte[] co = frame.code.co_code;
        int send = frame.ip - 2;
        frame.ip = send + 1 + (co[2 * send + 1] & 0xff);
        return resume(value, null);
    }

    private void popSubiterator() {
        frame.stack[--frame.sp] = null;
    }

    private static void closeIter(PyObject yf) {
        if (yf instanceof PyGenerator g) {
            g.close();
            return;
        }
        PyObject m = Abstract.lookupAttr(yf, "close");
        if (m != null) {
            Abstract.call0(m);
        }
    }

    /** {@code gen.close()}. */
    public PyObject close() {
        if (finished) {
            return PyNone.None;
        }
        if (!started) {
            finished = true;
            return PyNone.None;
        }
        try {
            PyObject r = throwInto(PyErr.withArgs(PyExc.GeneratorExit));
            if (r != null) {
                throw PyErr.runtimeError("generator ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (e.matches(PyExc.GeneratorExit) || e.matches(PyExc.StopIteration)) {
                return PyNone.None;
            }
            throw e;
        }
        return PyNone.None;
    }

    /** SEND: {@code sub value -- sub result}, or {@code -- result} and a jump when sub is done. */
    static int sendInstruction(PyFrame f, PyObject[] stack, int sp) {
        PyObject v = stack[sp - 1];
        PyObject recv = stack[sp - 2];
        PyObject r;
        PyObject retval = null;
        if (recv instanceof PyGenerator g) {
            r = g.resume(v, null);
            if (r == null) {
                retval = g.takeReturnValue();
            }
        } else {
            try {
                if (v == PyNone.None && !recv.getType().isHeap()) {
                    r = recv.next();
                    if (r == null) {
                        retval = PyNone.None;
                    }
                } else if (v == PyNone.None) {
                    r = Abstract.callMethod(recv, "__next__");
                } else {
                    r = Abstract.callMethod(recv, "send", v);
                }
            } catch (PyException e) {
                if (!e.matches(PyExc.StopIteration)) {
                    throw e;
                }
                PyObject val = Abstract.lookupAttr(e.value, "value");
                r = null;
                retval = val == null ? PyNone.None : val;
            }
        }
        if (r == null) {
            stack[--sp] = null;
            stack[sp - 1] = retval;
            f.sendDone = true;
            return sp;
        }
        stack[sp - 1] = r;
        return sp;
    }

    @Override
    public PyObject getAttribute(String name) {
        switch (name) {
            case "gi_frame": return finished ? PyNone.None : frame;
            case "gi_running": return PyBool.of(running);
            case "gi_code": return frame.code;
            case "gi_yieldfrom": {
                PyObject yf = yieldFrom();
                return yf == null ? PyNone.None : yf;
            }
            case "gi_suspended": return PyBool.of(started && !finished && !running);
            case "__name__": return PyStr.of(genName != null ? genName : frame.func != null ? frame.func.name
                    : frame.code.co_name);
            case "__qualname__": return PyStr.of(genQualname != null ? genQualname : frame.func != null
                    ? frame.func.qualname : frame.code.co_qualname);
            default: return super.getAttribute(name);
        }
    }

    @Override
    public void setAttribute(String attr, PyObject value) {
        if (attr.equals("__name__") || attr.equals("__qualname__")) {
            if (!(value instanceof PyStr s)) {
                throw PyErr.typeError("%s must be set to a string object", attr);
            }
            if (attr.equals("__name__")) {
                genName = s.value();
            } else {
                genQualname = s.value();
            }
            return;
        }
        super.setAttribute(attr, value);
    }

    boolean isRunning() {
        return running;
    }

    /** cf. _PyGen_Finalize: close a started, unfinished generator; an error is only reported. */
    void finalizeGenerator() {
        if (!started || finished) {
            return;
        }
        try {
            close();
        } catch (PyException e) {
            // CPython reports it through sys.unraisablehook ("Exception ignored in: ...")
            PyObject err = interp.stderr();
            Abstract.callMethod(err, "write", PyStr.of("Exception ignored in: " + repr().value() + "\n"
                    + TracebackPrinter.format(interp, e.value)));
        }
    }

    @Override
    public PyStr repr() {
        return PyStr.of("<generator object " + ((PyStr) getAttribute("__qualname__")).value() + " at " + Abstract.addressOf(this) + ">");
    }
}
