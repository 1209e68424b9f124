package org.minipy.vm;

import org.minipy.code.Code;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBaseException;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyException;
import org.minipy.objects.PyList;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyTuple;

/**
 * The bodies of the instructions, shared by the eval loop ({@link Eval#loop}) and the classes
 * of compiled code objects (see {@link org.minipy.jit.FunctionCompiler}): one static method
 * per instruction that is more than a load or store. {@code d} is the stack depth before the
 * instruction (the loop passes its {@code sp}; compiled code a constant, so once HotSpot
 * inlines a helper the stack slots it touches are fixed array elements); {@code u} is the
 * instruction's code unit.
 */
final class JitOps {
    private JitOps() {
    }

    // ---- entry and exceptions --------------------------------------------------------------------

    /** Raises the exception that generator.throw() left for this frame, if any. */
    static void pendingThrow(PyFrame f) {
        PyException t = f.pendingThrow;
        if (t != null) {
            f.pendingThrow = null;
            throw t;
        }
    }

    /**
     * Finds the handler for an exception raised at code unit {@code u} of {@code f} (3.11's
     * exception table): adds the frame to the traceback, restores the stack depth, pushes
     * lasti if asked and the exception, and returns the handler's code unit. Without a
     * handler the frame is left empty and the exception goes on to the caller.
     */
    static int unwind(ThreadState ts, PyFrame f, PyException e, int u) {
        PyBaseException exc = e.value;
        f.lasti = u;
        if (!f.reraising) {
            exc.traceback = new PyTraceback(f, u, exc.traceback instanceof PyTraceback t ? t : null);
            if (exc.context == null) {
                EvalOps.setContext(ts, exc);
            }
        }
        f.reraising = false;
        PyObject[] stack = f.stack;
        int[] table = f.code.exceptionTable;
        for (int k = 0; k + 4 < table.length; k += 5) {
            if (table[k] <= u && u < table[k + 1]) {
                int depth = table[k + 3];
                java.util.Arrays.fill(stack, depth, stack.length, null);
                int nsp = depth;
                if (table[k + 4] != 0) {
                    stack[nsp++] = org.minipy.objects.PyInt.of(u);
                }
                stack[nsp++] = exc;
                f.sp = nsp;
                return table[k + 2];
            }
        }
        java.util.Arrays.fill(stack, null);
        f.sp = 0;
        throw e;
    }

    /** A JVM stack overflow at {@code u} becomes RecursionError. */
    static int overflow(ThreadState ts, PyFrame f, int u) {
        return unwind(ts, f, PyErr.recursionError("maximum recursion depth exceeded"), u);
    }

    static IllegalStateException badEntry(PyFrame f) {
        return new IllegalStateException("compiled " + f.code.co_name + " entered at code unit " + f.ip);
    }

    // ---- loads and stores --------------------------------------------------------------------------

    static void loadFast(PyObject[] s, int d, PyObject[] fast, int a, Code code) { // -- local
        PyObject v = fast[a];
        if (v == null) {
            throw EvalOps.unboundLocal(code, a);
        }
        s[d] = v;
    }

    static void swap(PyObject[] s, int d, int n) {
        PyObject v = s[d - 1];
        s[d - 1] = s[d - n];
        s[d - n] = v;
    }

    static void loadGlobal(PyObject[] s, int slot, PyFrame f, CodeCache c, int u, String[] names, int i) {
        s[slot] = EvalOps.loadGlobal(f, c, u, names[i]);
    }

    static void storeGlobal(PyFrame f, PyObject[] s, int d, String[] names, int i) {
        f.globals.setItem(names[i], s[d - 1]);
        s[d - 1] = null;
    }

    static void loadName(PyFrame f, PyObject[] s, int d, String[] names, int i) {
        s[d] = EvalOps.loadName(f, names[i]);
    }

    static void storeName(PyFrame f, PyObject[] s, int d, String[] names, int i) {
        EvalOps.storeName(f, names[i], s[d - 1]);
        s[d - 1] = null;
    }

    static void loadDeref(PyObject[] s, int d, PyObject[] fast, int a, Code code) {
        PyObject v = ((PyCell) fast[a]).ref;
        if (v == null) {
            throw EvalOps.unboundDeref(code, a);
        }
        s[d] = v;
    }

    static void storeDeref(PyObject[] s, int d, PyObject[] fast, int a) {
        ((PyCell) fast[a]).ref = s[d - 1];
        s[d - 1] = null;
    }

    static void makeCell(PyObject[] fast, int a) {
        fast[a] = new PyCell(fast[a]);
    }

    static void copyFreeVars(PyFrame f, int n) {
        System.arraycopy(f.func.closure, 0, f.localsplus, f.code.nlocalsplus() - n, n);
    }

    // ---- attributes ---------------------------------------------------------------------------------

    static void loadAttr(PyObject[] s, int d, CodeCache c, int u, String[] names, int i) { // obj -- obj.name
        s[d - 1] = EvalOps.loadAttr(c, u, s[d - 1], names[i]);
    }

    static void loadMethod(PyObject[] s, int d, CodeCache c, int u, String[] names, int i) { // obj -- meth self | NULL attr
        PyObject obj = s[d - 1];
        PyObject m = EvalOps.lookupMethod(c, u, obj, names[i]);
        if (m != null) {
            s[d - 1] = m;
            s[d] = obj;
        } else {
            s[d - 1] = null;
            s[d] = EvalOps.loadAttr(c, u, obj, names[i]);
        }
    }

    static void storeAttr(PyObject[] s, int d, CodeCache c, int u, String[] names, int i) { // value obj --
        PyObject obj = s[d - 1];
        PyObject v = s[d - 2];
        s[d - 1] = null;
        s[d - 2] = null;
        EvalOps.storeAttr(c, u, obj, names[i], v);
    }

    // ---- operators ----------------------------------------------------------------------------------

    static void binaryOp(PyObject[] s, int d, int op) { // a b -- a op b
        PyObject b = s[d - 1];
        s[d - 1] = null;
        s[d - 2] = Eval.binaryOp(s[d - 2], b, op);
    }

    static void compareOp(PyObject[] s, int d, int op) { // a b -- a op b
        PyObject b = s[d - 1];
        s[d - 1] = null;
        s[d - 2] = Eval.compareOp(s[d - 2], b, op);
    }

    static void isOp(PyObject[] s, int d, int invert) { // a b -- a is b
        PyObject b = s[d - 1];
        s[d - 1] = null;
        s[d - 2] = PyBool.of((s[d - 2] == b) ^ (invert != 0));
    }

    static void containsOp(PyObject[] s, int d, int invert) { // a b -- a in b
        PyObject b = s[d - 1];
        s[d - 1] = null;
        s[d - 2] = PyBool.of(Abstract.contains(b, s[d - 2]) ^ (invert != 0));
    }

    static void unaryNot(PyObject[] s, int d) {
        s[d - 1] = PyBool.of(!Abstract.isTrue(s[d - 1]));
    }

    static void unaryNegative(PyObject[] s, int d) {
        s[d - 1] = Abstract.negative(s[d - 1]);
    }

    static void unaryPositive(PyObject[] s, int d) {
        s[d - 1] = Abstract.positive(s[d - 1]);
    }

    static void unaryInvert(PyObject[] s, int d) {
        s[d - 1] = Abstract.invert(s[d - 1]);
    }

    static void subscr(PyObject[] s, int d) { // container key -- container[key]
        PyObject key = s[d - 1];
        s[d - 1] = null;
        s[d - 2] = EvalOps.subscr(s[d - 2], key);
    }

    static void storeSubscr(PyObject[] s, int d) { // value container key --
        PyObject key = s[d - 1], container = s[d - 2], v = s[d - 3];
        s[d - 1] = s[d - 2] = s[d - 3] = null;
        EvalOps.storeSubscr(container, key, v);
    }

    // ---- branches -----------------------------------------------------------------------------------

    /** Pops the top and tells its truth (the POP_JUMP_*_IF_TRUE/FALSE test). */
    static boolean popTruth(PyObject[] s, int d) {
        PyObject v = s[d - 1];
        s[d - 1] = null;
        return v == PyBool.True || (v != PyBool.False && Abstract.isTrue(v));
    }

    static boolean popIsNone(PyObject[] s, int d) {
        PyObject v = s[d - 1];
        s[d - 1] = null;
        return v == PyNone.None;
    }

    /** JUMP_IF_FALSE_OR_POP: true to jump (the value stays), else the value is popped. */
    static boolean jumpIfFalseOrPop(PyObject[] s, int d) {
        if (!Abstract.isTrue(s[d - 1])) {
            return true;
        }
        s[d - 1] = null;
        return false;
    }

    static boolean jumpIfTrueOrPop(PyObject[] s, int d) {
        if (Abstract.isTrue(s[d - 1])) {
            return true;
        }
        s[d - 1] = null;
        return false;
    }

    /** At a backward jump: KeyboardInterrupt if one was asked for. */
    static void checkInterrupt(ThreadState ts) {
        if (ts.interp.interruptRequested) {
            throw InterpreterState.keyboardInterrupt(ts.interp);
        }
    }

    /** FOR_ITER: true with the next item pushed, false (iterator popped) when exhausted. */
    static boolean forIter(PyObject[] s, int d) {
        PyObject it = s[d - 1];
        PyObject v = it.getType().isHeap() ? Abstract.next(it) : it.next();
        if (v != null) {
            s[d] = v;
            return true;
        }
        s[d - 1] = null;
        return false;
    }

    static void getIter(PyObject[] s, int d) {
        s[d - 1] = Abstract.iter(s[d - 1]);
    }

    // ---- building -----------------------------------------------------------------------------------

    static void unpackSequence(PyObject[] s, int d, int n) {
        EvalOps.unpackSequence(s, d, n);
    }

    static void buildTuple(PyObject[] s, int d, int n) { // x1 .. xn -- tuple
        if (n == 0) {
            s[d] = PyTuple.EMPTY;
            return;
        }
        PyObject[] items = java.util.Arrays.copyOfRange(s, d - n, d);
        java.util.Arrays.fill(s, d - n, d, null);
        s[d - n] = new PyTuple(items);
    }

    static void buildList(PyObject[] s, int d, int n) { // x1 .. xn -- list
        PyList l = new PyList(java.util.Arrays.copyOfRange(s, d - n, d));
        java.util.Arrays.fill(s, d - n, d, null);
        s[d - n] = l;
    }

    static void listAppend(PyObject[] s, int d, int n) { // x --  (list at n)
        PyObject v = s[d - 1];
        s[d - 1] = null;
        ((PyList) s[d - 1 - n]).append(v);
    }

    static String[] kwNames(PyObject[] consts, int i) {
        return EvalOps.kwNames(consts[i]);
    }

    // ---- calls and returns --------------------------------------------------------------------------

    /**
     * CALL with {@code n} arguments, for the loop and compiled code alike: a Python function
     * called with exactly its positional parameters gets its frame filled here, everything
     * else goes through {@link EvalOps#call}. The result replaces the callable's slots.
     */
    static void call(ThreadState ts, PyFrame f, PyObject[] s, int d, int n, String[] kwnames, int u) {
        int base = d - n - 2;
        PyObject callable = s[base];
        int nargs = n;
        int argStart;
        if (callable != null) {
            argStart = base + 1;
            nargs++;
        } else {
            callable = s[base + 1];
            argStart = base + 2;
        }
        f.lasti = u;
        PyObject res;
        if (kwnames == null && callable instanceof PyFunction fn && fn.simple && nargs == fn.code.co_argcount) {
            PyFrame nf = fn.newFrame();
            PyObject[] locals = nf.localsplus;
            for (int k = 0; k < nargs; k++) {
                locals[k] = s[argStart + k];
            }
            res = Eval.execute(ts, nf);
        } else {
            res = EvalOps.call(callable, s, argStart, nargs, kwnames);
        }
        for (int k = d - 1; k > base; k--) {
            s[k] = null;
        }
        s[base] = res;
    }

    static PyObject returnValue(PyFrame f, PyObject[] s, int d, int u) {
        PyObject v = s[d - 1];
        s[d - 1] = null;
        f.sp = d - 1;
        f.ip = u + 1;
        return v;
    }

    static PyObject yieldValue(PyFrame f, PyObject[] s, int d, int u) {
        PyObject v = s[d - 1];
        s[d - 1] = null;
        f.sp = d - 1;
        f.ip = u + 1;
        f.lasti = u;
        f.yielded = true;
        return v;
    }

    static PyObject returnGenerator(ThreadState ts, PyFrame f, int d, int u) {
        f.sp = d;
        f.ip = u + 1;
        f.lasti = u;
        return new PyGenerator(ts.interp, f);
    }

    // ---- exceptions ---------------------------------------------------------------------------------

    static void pushExcInfo(ThreadState ts, PyObject[] s, int d) { // exc -- prev exc
        PyObject exc = s[d - 1];
        PyObject prev = ts.excInfo.value;
        s[d - 1] = prev == null ? PyNone.None : prev;
        s[d] = exc;
        ts.excInfo.value = (PyBaseException) exc;
    }

    static void popExcept(ThreadState ts, PyObject[] s, int d) { // prev --
        PyObject prev = s[d - 1];
        s[d - 1] = null;
        ts.excInfo.value = prev == PyNone.None ? null : (PyBaseException) prev;
    }

    static void checkExcMatch(PyObject[] s, int d) { // exc type -- exc matched
        s[d - 1] = PyBool.of(EvalOps.excMatch(s[d - 2], s[d - 1]));
    }

    static PyException reraise(PyFrame f, PyObject[] s, int d) { // exc --
        PyObject exc = s[d - 1];
        s[d - 1] = null;
        f.reraising = true;
        return new PyException((PyBaseException) exc);
    }

    static PyException raise(ThreadState ts, PyObject[] s, int d, int argc) {
        return EvalOps.raise(ts, argc, s, d - argc);
    }

    /** An instruction the loop leaves to {@link EvalOps#rare}; true when SEND's subiterator finished (take the jump). */
    static boolean rare(ThreadState ts, PyFrame f, int op, int arg, int d, int u) {
        f.lasti = u;
        EvalOps.rare(ts, f, op, arg, d, null);
        if (f.sendDone) {
            f.sendDone = false;
            return true;
        }
        return false;
    }
}
