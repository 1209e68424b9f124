package org.minipy.vm;

import org.minipy.code.Code;
import org.minipy.code.Opcode;
import org.minipy.objects.Abstract;
import org.minipy.objects.BinaryOps;
import org.minipy.objects.CompareOp;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyException;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;

/**
 * The eval loop: runs one frame until it returns or yields (CPython's
 * {@code _PyEval_EvalFrameDefault}). One {@code switch} over the opcode, with {@code ip},
 * {@code sp} and the arrays in Java locals; rare or bulky instructions call helpers in
 * {@link EvalOps} so that this method stays small enough for HotSpot to compile
 * (a unit test checks its bytecode size).
 *
 * <p>Code that has run often enough leaves the loop for a compiled class of its own
 * ({@link Tier2}); {@link #execute} picks the tier each time a frame starts or the loop hands a
 * long-running frame back at a backward jump.
 *
 * <p>Exceptions: one Java {@code catch} around the loop. The handler is found in the code's
 * exception table by the offset of the instruction that raised (3.11's zero-cost exceptions);
 * if there is none the frame is left and the exception propagates to the caller.
 */
public final class Eval {
    private Eval() {
    }

    /** Runs {@code f} (from its start, or from where it was suspended) on thread state {@code ts}. */
    static PyObject execute(ThreadState ts, PyFrame f) {
        if (++ts.depth > ts.recursionLimit) {
            ts.depth--;
            throw PyErr_recursion();
        }
        f.back = ts.frame;
        ts.frame = f;
        PyObject r;
        try {
            do {
                CompiledCode cc = Tier2.forFrame(ts, f);
                r = cc != null ? cc.run(ts, f) : loop(ts, f);
            } while (r == null);
        } finally {
            ts.frame = f.back;
            ts.depth--;
        }
        if (!f.escaped && f.func != null && f.locals == null) {
            f.func.release(f);
        }
        return r;
    }

    /**
     * Backward jumps after which a running frame leaves {@link #loop} and enters it again (see
     * {@link #reenter}).
     */
    private static final int REENTRY_BACK_JUMPS = 1 << 8;

    /**
     * Leaves the loop at a backward jump so that {@link #execute} calls it again at once. A frame
     * that loops for a long time would otherwise stay in whatever code the JVM ran it with when
     * it started (HotSpot replaces a running compiled method only by deoptimising it, and after a
     * deoptimisation the next entry often gets the slow profiling tier): re-entering picks up
     * the best compiled version. The null result means "not finished".
     */
    private static PyObject reenter(PyFrame f, int ip, int sp) {
        f.ip = ip;
        f.sp = sp;
        return null;
    }

    private static PyException PyErr_recursion() {
        return org.minipy.objects.PyErr.recursionError("maximum recursion depth exceeded");
    }

    private static PyObject loop(ThreadState ts, PyFrame f) {
        final Code code = f.code;
        final PyObject[] consts = code.co_consts;
        final String[] names = code.co_names;
        final PyObject[] fast = f.localsplus;
        final PyObject[] stack = f.stack;
        final CodeCache cache = f.cache;
        final InterpreterState.Tracer tracer = ts.interp.tracer;
        final int[] ops = tracer == null ? cache.fused : cache.ops;
        int ip = f.ip;
        if (ip == 0 && tracer == null) {
            ip = cache.entry;
        }
        int sp = f.sp;
        String[] kwnames = null;
        int backJumps = REENTRY_BACK_JUMPS;
        for (;;) {
            try {
                if (f.pendingThrow != null) {
                    PyException t = f.pendingThrow;
                    f.pendingThrow = null;
                    throw t;
                }
                for (;;) {
                    int word = ops[ip++];
                    int op = word & 0xff;
                    while (op == Opcode.EXTENDED_ARG) { // the last word holds the whole argument
                        word = ops[ip++];
                        op = word & 0xff;
                    }
                    int arg = word >>> 8; // a jump's argument is its target (see CodeCache.ops)
                    // ip - 1 is the instruction executing (its last code unit) until it finishes:
                    // no instruction changes ip before it may raise
                    if (tracer != null) {
                        tracer.instruction(f, (ip - 1) << 1, stack, sp);
                    }
                    switch (op) {
                        case Opcode.NOP:
                        case Opcode.RESUME:
                            break;
                        case Opcode.LOAD_FAST: { // -- local
                            PyObject v = fast[arg];
                            if (v == null) {
                                throw EvalOps.unboundLocal(code, arg);
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case Opcode.STORE_FAST: // x --
                            fast[arg] = stack[--sp];
                            stack[sp] = null;
                            break;
                        case Opcode.LOAD_CONST: // -- const
                            stack[sp++] = consts[arg];
                            break;
                        case Opcode.POP_TOP: // x --
                            stack[--sp] = null;
                            break;
                        case Opcode.PUSH_NULL: // -- NULL
                            stack[sp++] = null;
                            break;
                        case Opcode.COPY: { // push the arg-th item
                            PyObject v = stack[sp - arg];
                            stack[sp++] = v;
                            break;
                        }
                        case Opcode.SWAP: { // exchange top and arg-th
                            PyObject v = stack[sp - 1];
                            stack[sp - 1] = stack[sp - arg];
                            stack[sp - arg] = v;
                            break;
                        }
                        case CodeCache.LOAD_CONST__BINARY_OP: // -- const, then BINARY_OP (one copy of its fast paths)
                            stack[sp++] = consts[arg];
                            arg = ops[ip++] >>> 8;
                            // fall through
                        case Opcode.BINARY_OP: { // a b -- a op b
                            PyObject b = stack[--sp];
                            stack[sp] = null;
                            PyObject a = stack[sp - 1];
                            stack[sp - 1] = binaryOp(a, b, arg);
                            break;
                        }
                        case Opcode.COMPARE_OP: { // a b -- a op b
                            PyObject b = stack[--sp];
                            stack[sp] = null;
                            PyObject a = stack[sp - 1];
                            stack[sp - 1] = compareOp(a, b, arg);
                            break;
                        }
                        case Opcode.IS_OP: { // a b -- a is b
                            PyObject b = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = PyBool.of((stack[sp - 1] == b) ^ (arg != 0));
                            break;
                        }
                        case Opcode.CONTAINS_OP: { // a b -- a in b
                            PyObject b = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = PyBool.of(Abstract.contains(b, stack[sp - 1]) ^ (arg != 0));
                            break;
                        }
                        case Opcode.JUMP_FORWARD:
                            ip = arg;
                            break;
                        case Opcode.JUMP_BACKWARD:
                            if (ts.interp.interruptRequested) {
                                throw InterpreterState.keyboardInterrupt(ts.interp);
                            }
                            ip = arg;
                            if (--backJumps < 0) {
                                return reenter(f, ip, sp);
                            }
                            break;
                        case Opcode.JUMP_BACKWARD_NO_INTERRUPT:
                            ip = arg;
                            break;
                        case Opcode.POP_JUMP_FORWARD_IF_FALSE: { // x --
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (v == PyBool.False || (v != PyBool.True && !Abstract.isTrue(v))) {
                                ip = arg;
                            }
                            break;
                        }
                        case Opcode.POP_JUMP_FORWARD_IF_TRUE: { // x --
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (v == PyBool.True || (v != PyBool.False && Abstract.isTrue(v))) {
                                ip = arg;
                            }
                            break;
                        }
                        case Opcode.POP_JUMP_BACKWARD_IF_FALSE: { // x --
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (v == PyBool.False || (v != PyBool.True && !Abstract.isTrue(v))) {
                                if (ts.interp.interruptRequested) {
                                    throw InterpreterState.keyboardInterrupt(ts.interp);
                                }
                                ip = arg;
                                if (--backJumps < 0) {
                                    return reenter(f, ip, sp);
                                }
                            }
                            break;
                        }
                        case Opcode.POP_JUMP_BACKWARD_IF_TRUE: { // x --
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (v == PyBool.True || (v != PyBool.False && Abstract.isTrue(v))) {
                                if (ts.interp.interruptRequested) {
                                    throw InterpreterState.keyboardInterrupt(ts.interp);
                                }
                                ip = arg;
                                if (--backJumps < 0) {
                                    return reenter(f, ip, sp);
                                }
                            }
                            break;
                        }
                        case Opcode.POP_JUMP_FORWARD_IF_NONE:
                            if (stack[--sp] == PyNone.None) {
                                ip = arg;
                            }
                            stack[sp] = null;
                            break;
                        case Opcode.POP_JUMP_FORWARD_IF_NOT_NONE:
                            if (stack[--sp] != PyNone.None) {
                                ip = arg;
                            }
                            stack[sp] = null;
                            break;
                        case Opcode.POP_JUMP_BACKWARD_IF_NONE:
                            if (stack[--sp] == PyNone.None) {
                                ip = arg;
                                if (--backJumps < 0) {
                                    stack[sp] = null;
                                    return reenter(f, ip, sp);
                                }
                            }
                            stack[sp] = null;
                            break;
                        case Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE:
                            if (stack[--sp] != PyNone.None) {
                                ip = arg;
                                if (--backJumps < 0) {
                                    stack[sp] = null;
                                    return reenter(f, ip, sp);
                                }
                            }
                            stack[sp] = null;
                            break;
                        case Opcode.JUMP_IF_FALSE_OR_POP: // x -- x | --
                            if (!Abstract.isTrue(stack[sp - 1])) {
                                ip = arg;
                            } else {
                                stack[--sp] = null;
                            }
                            break;
                        case Opcode.JUMP_IF_TRUE_OR_POP: // x -- x | --
                            if (Abstract.isTrue(stack[sp - 1])) {
                                ip = arg;
                            } else {
                                stack[--sp] = null;
                            }
                            break;
                        case Opcode.LOAD_GLOBAL: { // -- [NULL] global
                            if ((arg & 1) != 0) {
                                stack[sp++] = null;
                            }
                            stack[sp++] = EvalOps.loadGlobal(f, cache, ip - 1, names[arg >> 1]);
                            break;
                        }
                        case CodeCache.LOAD_FAST__LOAD_ATTR: { // -- local, then LOAD_ATTR
                            PyObject v = fast[arg];
                            if (v == null) {
                                throw EvalOps.unboundLocal(code, arg);
                            }
                            stack[sp++] = v;
                            arg = ops[ip++] >>> 8;
                        } // fall through
                        case Opcode.LOAD_ATTR: { // obj -- obj.name
                            stack[sp - 1] = EvalOps.loadAttr(cache, ip - 1, stack[sp - 1], names[arg]);
                            break;
                        }
                        case CodeCache.LOAD_FAST__LOAD_METHOD: { // -- local, then LOAD_METHOD
                            PyObject v = fast[arg];
                            if (v == null) {
                                throw EvalOps.unboundLocal(code, arg);
                            }
                            stack[sp++] = v;
                            arg = ops[ip++] >>> 8;
                        } // fall through
                        case Opcode.LOAD_METHOD: { // obj -- meth self | NULL attr
                            PyObject obj = stack[sp - 1];
                            PyObject m = EvalOps.lookupMethod(cache, ip - 1, obj, names[arg]);
                            if (m != null) {
                                stack[sp - 1] = m;
                                stack[sp++] = obj;
                            } else {
                                stack[sp - 1] = null;
                                stack[sp++] = EvalOps.loadAttr(cache, ip - 1, obj, names[arg]);
                            }
                            break;
                        }
                        case Opcode.STORE_ATTR: { // value obj --
                            PyObject obj = stack[--sp];
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            stack[sp + 1] = null;
                            EvalOps.storeAttr(cache, ip - 1, obj, names[arg], v);
                            break;
                        }
                        case Opcode.KW_NAMES:
                            kwnames = EvalOps.kwNames(consts[arg]);
                            break;
                        case Opcode.CALL: // NULL|meth callable|self args -- result
                            JitOps.call(ts, f, stack, sp, arg, kwnames, ip - 1);
                            kwnames = null;
                            sp -= arg + 1;
                            break;
                        case Opcode.RETURN_VALUE: { // x --
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            f.sp = sp;
                            f.ip = ip;
                            return v;
                        }
                        case Opcode.FOR_ITER: { // iter -- iter next | --
                            PyObject it = stack[sp - 1];
                            PyObject v = it.getType().isHeap() ? Abstract.next(it) : it.next();
                            if (v != null) {
                                stack[sp++] = v;
                            } else {
                                stack[--sp] = null;
                                ip = arg;
                            }
                            break;
                        }
                        case Opcode.GET_ITER: // x -- iter(x)
                            stack[sp - 1] = Abstract.iter(stack[sp - 1]);
                            break;
                        case Opcode.BINARY_SUBSCR: { // container key -- container[key]
                            PyObject key = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = EvalOps.subscr(stack[sp - 1], key);
                            break;
                        }
                        case Opcode.STORE_SUBSCR: { // value container key --
                            PyObject key = stack[--sp];
                            PyObject container = stack[--sp];
                            PyObject v = stack[--sp];
                            stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
                            EvalOps.storeSubscr(container, key, v);
                            break;
                        }
                        case Opcode.UNPACK_SEQUENCE: // seq -- x[n-1] .. x[0]
                            sp = EvalOps.unpackSequence(stack, sp, arg);
                            break;
                        case Opcode.BUILD_TUPLE: { // x1 .. xn -- tuple
                            PyObject[] items = new PyObject[arg];
                            sp -= arg;
                            System.arraycopy(stack, sp, items, 0, arg);
                            java.util.Arrays.fill(stack, sp, sp + arg, null);
                            stack[sp++] = arg == 0 ? PyTuple.EMPTY : new PyTuple(items);
                            break;
                        }
                        case Opcode.BUILD_LIST: { // x1 .. xn -- list
                            sp -= arg;
                            PyList l = new PyList(java.util.Arrays.copyOfRange(stack, sp, sp + arg));
                            java.util.Arrays.fill(stack, sp, sp + arg, null);
                            stack[sp++] = l;
                            break;
                        }
                        case Opcode.LIST_APPEND: { // x --  (list at arg)
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            ((PyList) stack[sp - arg]).append(v);
                            break;
                        }
                        case Opcode.LOAD_DEREF: { // -- cell contents
                            PyObject v = ((PyCell) fast[arg]).ref;
                            if (v == null) {
                                throw EvalOps.unboundDeref(code, arg);
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case Opcode.STORE_DEREF: // x --
                            ((PyCell) fast[arg]).ref = stack[--sp];
                            stack[sp] = null;
                            break;
                        case Opcode.LOAD_CLOSURE: // -- cell
                            stack[sp++] = fast[arg];
                            break;
                        case Opcode.MAKE_CELL:
                            fast[arg] = new PyCell(fast[arg]);
                            break;
                        case Opcode.COPY_FREE_VARS: {
                            int off = code.nlocalsplus() - arg;
                            System.arraycopy(f.func.closure, 0, fast, off, arg);
                            break;
                        }
                        case Opcode.UNARY_NOT: // x -- not x
                            stack[sp - 1] = PyBool.of(!Abstract.isTrue(stack[sp - 1]));
                            break;
                        case Opcode.UNARY_NEGATIVE:
                            stack[sp - 1] = Abstract.negative(stack[sp - 1]);
                            break;
                        case Opcode.UNARY_POSITIVE:
                            stack[sp - 1] = Abstract.positive(stack[sp - 1]);
                            break;
                        case Opcode.UNARY_INVERT:
                            stack[sp - 1] = Abstract.invert(stack[sp - 1]);
                            break;
                        case Opcode.STORE_GLOBAL:
                            f.globals.setItem(names[arg], stack[--sp]);
                            stack[sp] = null;
                            break;
                        case Opcode.LOAD_NAME:
                            stack[sp++] = EvalOps.loadName(f, names[arg]);
                            break;
                        case Opcode.STORE_NAME:
                            EvalOps.storeName(f, names[arg], stack[--sp]);
                            stack[sp] = null;
                            break;
                        case Opcode.PUSH_EXC_INFO: { // exc -- prev exc
                            PyObject exc = stack[sp - 1];
                            PyObject prev = ts.excInfo.value;
                            stack[sp - 1] = prev == null ? PyNone.None : prev;
                            stack[sp++] = exc;
                            ts.excInfo.value = (org.minipy.objects.PyBaseException) exc;
                            break;
                        }
                        case Opcode.POP_EXCEPT: { // prev --
                            PyObject prev = stack[--sp];
                            stack[sp] = null;
                            ts.excInfo.value = prev == PyNone.None ? null : (org.minipy.objects.PyBaseException) prev;
                            break;
                        }
                        case Opcode.CHECK_EXC_MATCH: // exc type -- exc matched
                            stack[sp - 1] = PyBool.of(EvalOps.excMatch(stack[sp - 2], stack[sp - 1]));
                            break;
                        case Opcode.RERAISE: { // exc --
                            PyObject exc = stack[--sp];
                            stack[sp] = null;
                            f.reraising = true;
                            throw new PyException((org.minipy.objects.PyBaseException) exc);
                        }
                        case Opcode.RAISE_VARARGS:
                            sp -= arg;
                            throw EvalOps.raise(ts, arg, stack, sp);
                        case Opcode.YIELD_VALUE: { // x -- (suspended; resumed with the sent value)
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            f.sp = sp;
                            f.ip = ip;
                            f.lasti = ip - 1;
                            f.yielded = true;
                            return v;
                        }
                        case Opcode.RETURN_GENERATOR:
                            f.sp = sp;
                            f.ip = ip;
                            f.lasti = ip - 1;
                            return new PyGenerator(ts.interp, f);
                        // superinstructions (CodeCache.fused): each reads its second argument
                        // from the next word and steps past it before the second half can raise;
                        // those ending in a call fall through into that instruction's own case
                        // (above), so the JIT inlines its fast paths once
                        case CodeCache.LOAD_FAST__LOAD_FAST: { // -- a b
                            PyObject v = fast[arg];
                            if (v == null) {
                                throw EvalOps.unboundLocal(code, arg);
                            }
                            int b = ops[ip++] >>> 8;
                            PyObject w = fast[b];
                            if (w == null) {
                                throw EvalOps.unboundLocal(code, b);
                            }
                            stack[sp++] = v;
                            stack[sp++] = w;
                            break;
                        }
                        case CodeCache.LOAD_FAST__LOAD_CONST: { // -- a const
                            PyObject v = fast[arg];
                            if (v == null) {
                                throw EvalOps.unboundLocal(code, arg);
                            }
                            stack[sp++] = v;
                            stack[sp++] = consts[ops[ip++] >>> 8];
                            break;
                        }
                        case CodeCache.LOAD_CONST__LOAD_FAST: { // -- const b
                            int b = ops[ip++] >>> 8;
                            PyObject w = fast[b];
                            if (w == null) {
                                throw EvalOps.unboundLocal(code, b);
                            }
                            stack[sp++] = consts[arg];
                            stack[sp++] = w;
                            break;
                        }
                        case CodeCache.STORE_FAST__LOAD_FAST: { // x -- b
                            fast[arg] = stack[sp - 1];
                            int b = ops[ip++] >>> 8;
                            PyObject w = fast[b];
                            if (w == null) {
                                stack[--sp] = null;
                                throw EvalOps.unboundLocal(code, b);
                            }
                            stack[sp - 1] = w;
                            break;
                        }
                        case CodeCache.COMPARE_OP__JUMP: { // a b --  (then POP_JUMP_*_IF_TRUE/FALSE on a op b)
                            PyObject b = stack[--sp];
                            stack[sp] = null;
                            PyObject r = compareOp(stack[sp - 1], b, arg);
                            stack[--sp] = null;
                            int jump = ops[ip++];
                            int target = jump >>> 8;
                            boolean whenTrue = (jump & 0xff) == Opcode.POP_JUMP_FORWARD_IF_TRUE
                                    || (jump & 0xff) == Opcode.POP_JUMP_BACKWARD_IF_TRUE;
                            boolean t = r == PyBool.True || (r != PyBool.False && Abstract.isTrue(r));
                            if (t == whenTrue) {
                                if (target < ip) {
                                    if (ts.interp.interruptRequested) {
                                        throw InterpreterState.keyboardInterrupt(ts.interp);
                                    }
                                    ip = target;
                                    if (--backJumps < 0) {
                                        return reenter(f, ip, sp);
                                    }
                                } else {
                                    ip = target;
                                }
                            }
                            break;
                        }
                        default:
                            f.lasti = ip - 1;
                            sp = EvalOps.rare(ts, f, op, arg, sp, kwnames);
                            if (f.sendDone) {
                                f.sendDone = false;
                                ip = arg;
                            }
                            if (op == Opcode.CALL_FUNCTION_EX) {
                                kwnames = null;
                            }
                            break;
                    }
                }
            } catch (PyException e) {
                ip = EvalOps.unwind(ts, f, e, ip - 1, sp);
                if (ip < 0) {
                    f.sp = 0;
                    throw e;
                }
                sp = f.sp;
                kwnames = null;
            } catch (StackOverflowError e) {
                PyException r = org.minipy.objects.PyErr.recursionError("maximum recursion depth exceeded");
                ip = EvalOps.unwind(ts, f, r, ip - 1, sp);
                if (ip < 0) {
                    throw r;
                }
                sp = f.sp;
                kwnames = null;
            } catch (RuntimeException | Error e) {
                EvalOps.noteInternalError(ts, f, ip - 1);
                throw e;
            }
        }
    }

    /** BINARY_OP with the int and float fast paths (each small, so that HotSpot inlines them). */
    static PyObject binaryOp(PyObject a, PyObject b, int op) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyInt.class) {
            if (cb == PyInt.class) {
                PyObject r = intOp((PyInt) a, (PyInt) b, op);
                if (r != null) {
                    return r;
                }
            } else if (cb == PyFloat.class && ((PyInt) a).big == null) {
                PyObject r = floatOp(((PyInt) a).value, ((PyFloat) b).value, op);
                if (r != null) {
                    return r;
                }
            }
        } else if (ca == PyFloat.class) {
            if (cb == PyFloat.class) {
                PyObject r = floatOp(((PyFloat) a).value, ((PyFloat) b).value, op);
                if (r != null) {
                    return r;
                }
            } else if (cb == PyInt.class && ((PyInt) b).big == null) {
                PyObject r = floatOp(((PyFloat) a).value, ((PyInt) b).value, op);
                if (r != null) {
                    return r;
                }
            }
        }
        return binaryOpGeneric(a, b, op);
    }

    /** Two machine-word ints: the result, or null when the general path must decide (overflow, errors). */
    private static PyObject intOp(PyInt x, PyInt y, int op) {
        if (x.big != null || y.big != null) {
            return null;
        }
        long p = x.value, q = y.value;
        switch (op >= BinaryOps.INPLACE ? op - BinaryOps.INPLACE : op) {
            case BinaryOps.ADD: {
                long r = p + q;
                return ((p ^ r) & (q ^ r)) >= 0 ? PyInt.of(r) : null;
            }
            case BinaryOps.SUBTRACT: {
                long r = p - q;
                return ((p ^ q) & (p ^ r)) >= 0 ? PyInt.of(r) : null;
            }
            case BinaryOps.MULTIPLY:
                return PyInt.multiply(x, y);
            case BinaryOps.FLOOR_DIVIDE:
                return p >= 0 && q > 0 ? PyInt.of(p / q) : null;
            case BinaryOps.REMAINDER:
                return p >= 0 && q > 0 ? PyInt.of(p % q) : null;
            case BinaryOps.AND:
                return PyInt.of(p & q);
            case BinaryOps.OR:
                return PyInt.of(p | q);
            case BinaryOps.XOR:
                return PyInt.of(p ^ q);
            default:
                return null;
        }
    }

    /** float arithmetic (an int operand already converted, as int.__float__): result or null. */
    private static PyObject floatOp(double x, double y, int op) {
        switch (op >= BinaryOps.INPLACE ? op - BinaryOps.INPLACE : op) {
            case BinaryOps.ADD:
                return new PyFloat(x + y);
            case BinaryOps.SUBTRACT:
                return new PyFloat(x - y);
            case BinaryOps.MULTIPLY:
                return new PyFloat(x * y);
            case BinaryOps.TRUE_DIVIDE:
                return y != 0.0 ? new PyFloat(x / y) : null;
            default:
                return null;
        }
    }

    private static PyObject binaryOpGeneric(PyObject a, PyObject b, int op) {
        if (op < BinaryOps.INPLACE && a.getClass() == b.getClass() && !a.getType().isHeap()) {
            // same built-in type on both sides: its own operator decides (no reflected try needed first)
            PyObject r = a.binaryOp(op, b);
            if (r != org.minipy.objects.PyNotImplemented.NotImplemented) {
                return r;
            }
        }
        return op >= BinaryOps.INPLACE ? Abstract.inplaceOp(a, b, op - BinaryOps.INPLACE)
                : Abstract.binaryOp(a, b, op);
    }

    /** COMPARE_OP with the small-int fast path. */
    static PyObject compareOp(PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (x.big == null && y.big == null) {
                long p = x.value, q = y.value;
                switch (op) {
                    case 0: return PyBool.of(p < q);
                    case 1: return PyBool.of(p <= q);
                    case 2: return PyBool.of(p == q);
                    case 3: return PyBool.of(p != q);
                    case 4: return PyBool.of(p > q);
                    default: return PyBool.of(p >= q);
                }
            }
        }
        return Abstract.richCompare(a, b, CompareOp.of(op));
    }
}
