package org.minipy.vm;

import org.minipy.code.Code;
import org.minipy.code.Opcode;
import org.minipy.objects.Abstract;
import org.minipy.objects.BinaryOps;
import org.minipy.objects.CompareOp;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyException;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyObject;

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
        ts.enterRecursiveCall("");
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
                JitOps.pendingThrow(f);
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
                        case Opcode.LOAD_FAST: // -- local
                            JitOps.loadFast(stack, sp++, fast, arg, code);
                            break;
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
                        case Opcode.SWAP: // exchange top and arg-th
                            JitOps.swap(stack, sp, arg);
                            break;
                        case CodeCache.LOAD_CONST__BINARY_OP: // -- const, then BINARY_OP (one copy of its fast paths)
                            stack[sp++] = consts[arg];
                            arg = ops[ip++] >>> 8;
                            // fall through
                        case Opcode.BINARY_OP: // a b -- a op b
                            JitOps.binaryOp(stack, sp--, arg);
                            break;
                        case Opcode.COMPARE_OP: // a b -- a op b
                            JitOps.compareOp(stack, sp--, arg);
                            break;
                        case Opcode.IS_OP: // a b -- a is b
                            JitOps.isOp(stack, sp--, arg);
                            break;
                        case Opcode.CONTAINS_OP: // a b -- a in b
                            JitOps.containsOp(stack, sp--, arg);
                            break;
                        case Opcode.JUMP_FORWARD:
                            ip = arg;
                            break;
                        case Opcode.JUMP_BACKWARD:
                            JitOps.checkInterrupt(ts);
                            ip = arg;
                            if (--backJumps < 0) {
                                return reenter(f, ip, sp);
                            }
                            break;
                        case Opcode.JUMP_BACKWARD_NO_INTERRUPT:
                            ip = arg;
                            break;
                        case Opcode.POP_JUMP_FORWARD_IF_FALSE: // x --
                            if (!JitOps.popTruth(stack, sp--)) {
                                ip = arg;
                            }
                            break;
                        case Opcode.POP_JUMP_FORWARD_IF_TRUE: // x --
                            if (JitOps.popTruth(stack, sp--)) {
                                ip = arg;
                            }
                            break;
                        case Opcode.POP_JUMP_BACKWARD_IF_FALSE: // x --
                            if (!JitOps.popTruth(stack, sp--)) {
                                JitOps.checkInterrupt(ts);
                                ip = arg;
                                if (--backJumps < 0) {
                                    return reenter(f, ip, sp);
                                }
                            }
                            break;
                        case Opcode.POP_JUMP_BACKWARD_IF_TRUE: // x --
                            if (JitOps.popTruth(stack, sp--)) {
                                JitOps.checkInterrupt(ts);
                                ip = arg;
                                if (--backJumps < 0) {
                                    return reenter(f, ip, sp);
                                }
                            }
                            break;
                        case Opcode.POP_JUMP_FORWARD_IF_NONE:
                            if (JitOps.popIsNone(stack, sp--)) {
                                ip = arg;
                            }
                            break;
                        case Opcode.POP_JUMP_FORWARD_IF_NOT_NONE:
                            if (!JitOps.popIsNone(stack, sp--)) {
                                ip = arg;
                            }
                            break;
                        case Opcode.POP_JUMP_BACKWARD_IF_NONE:
                            if (JitOps.popIsNone(stack, sp--)) {
                                ip = arg;
                                if (--backJumps < 0) {
                                    return reenter(f, ip, sp);
                                }
                            }
                            break;
                        case Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE:
                            if (!JitOps.popIsNone(stack, sp--)) {
                                ip = arg;
                                if (--backJumps < 0) {
                                    return reenter(f, ip, sp);
                                }
                            }
                            break;
                        case Opcode.JUMP_IF_FALSE_OR_POP: // x -- x | --
                            if (JitOps.jumpIfFalseOrPop(stack, sp)) {
                                ip = arg;
                            } else {
                                sp--;
                            }
                            break;
                        case Opcode.JUMP_IF_TRUE_OR_POP: // x -- x | --
                            if (JitOps.jumpIfTrueOrPop(stack, sp)) {
                                ip = arg;
                            } else {
                                sp--;
                            }
                            break;
                        case Opcode.LOAD_GLOBAL: { // -- [NULL] global
                            if ((arg & 1) != 0) {
                                stack[sp++] = null;
                            }
                            stack[sp++] = EvalOps.loadGlobal(f, cache, ip - 1, names[arg >> 1]);
                            break;
                        }
                        case CodeCache.LOAD_FAST__LOAD_ATTR: // -- local, then LOAD_ATTR
                            JitOps.loadFast(stack, sp++, fast, arg, code);
                            arg = ops[ip++] >>> 8;
                            // fall through
                        case Opcode.LOAD_ATTR: // obj -- obj.name
                            JitOps.loadAttr(stack, sp, cache, ip - 1, names, arg);
                            break;
                        case CodeCache.LOAD_FAST__LOAD_METHOD: // -- local, then LOAD_METHOD
                            JitOps.loadFast(stack, sp++, fast, arg, code);
                            arg = ops[ip++] >>> 8;
                            // fall through
                        case Opcode.LOAD_METHOD: // obj -- meth self | NULL attr
                            JitOps.loadMethod(stack, sp++, cache, ip - 1, names, arg);
                            break;
                        case Opcode.STORE_ATTR: // value obj --
                            JitOps.storeAttr(stack, sp, cache, ip - 1, names, arg);
                            sp -= 2;
                            break;
                        case Opcode.KW_NAMES:
                            kwnames = EvalOps.kwNames(consts[arg]);
                            break;
                        case Opcode.CALL: // NULL|meth callable|self args -- result
                            JitOps.call(ts, f, stack, sp, arg, kwnames, ip - 1);
                            kwnames = null;
                            sp -= arg + 1;
                            break;
                        case Opcode.RETURN_VALUE: // x --
                            return JitOps.returnValue(f, stack, sp, ip - 1);
                        case Opcode.FOR_ITER: // iter -- iter next | --
                            if (JitOps.forIter(stack, sp)) {
                                sp++;
                            } else {
                                sp--;
                                ip = arg;
                            }
                            break;
                        case Opcode.GET_ITER: // x -- iter(x)
                            JitOps.getIter(stack, sp);
                            break;
                        case Opcode.BINARY_SUBSCR: // container key -- container[key]
                            JitOps.subscr(stack, sp--);
                            break;
                        case Opcode.STORE_SUBSCR: // value container key --
                            JitOps.storeSubscr(stack, sp);
                            sp -= 3;
                            break;
                        case Opcode.UNPACK_SEQUENCE: // seq -- x[n-1] .. x[0]
                            sp = EvalOps.unpackSequence(stack, sp, arg);
                            break;
                        case Opcode.BUILD_TUPLE: // x1 .. xn -- tuple
                            JitOps.buildTuple(stack, sp, arg);
                            sp += 1 - arg;
                            break;
                        case Opcode.BUILD_LIST: // x1 .. xn -- list
                            JitOps.buildList(stack, sp, arg);
                            sp += 1 - arg;
                            break;
                        case Opcode.LIST_APPEND: // x --  (list at arg)
                            JitOps.listAppend(stack, sp--, arg);
                            break;
                        case Opcode.LOAD_DEREF: // -- cell contents
                            JitOps.loadDeref(stack, sp++, fast, arg, code);
                            break;
                        case Opcode.STORE_DEREF: // x --
                            JitOps.storeDeref(stack, sp--, fast, arg);
                            break;
                        case Opcode.LOAD_CLOSURE: // -- cell
                            stack[sp++] = fast[arg];
                            break;
                        case Opcode.MAKE_CELL:
                            JitOps.makeCell(fast, arg);
                            break;
                        case Opcode.COPY_FREE_VARS:
                            JitOps.copyFreeVars(f, arg);
                            break;
                        case Opcode.UNARY_NOT: // x -- not x
                            JitOps.unaryNot(stack, sp);
                            break;
                        case Opcode.UNARY_NEGATIVE:
                            JitOps.unaryNegative(stack, sp);
                            break;
                        case Opcode.UNARY_POSITIVE:
                            JitOps.unaryPositive(stack, sp);
                            break;
                        case Opcode.UNARY_INVERT:
                            JitOps.unaryInvert(stack, sp);
                            break;
                        case Opcode.STORE_GLOBAL:
                            JitOps.storeGlobal(f, stack, sp--, names, arg);
                            break;
                        case Opcode.LOAD_NAME:
                            JitOps.loadName(f, stack, sp++, names, arg);
                            break;
                        case Opcode.STORE_NAME:
                            JitOps.storeName(f, stack, sp--, names, arg);
                            break;
                        case Opcode.PUSH_EXC_INFO: // exc -- prev exc
                            JitOps.pushExcInfo(ts, stack, sp++);
                            break;
                        case Opcode.POP_EXCEPT: // prev --
                            JitOps.popExcept(ts, stack, sp--);
                            break;
                        case Opcode.CHECK_EXC_MATCH: // exc type -- exc matched
                            JitOps.checkExcMatch(stack, sp);
                            break;
                        case Opcode.RERAISE: // exc --
                            throw JitOps.reraise(f, stack, sp);
                        case Opcode.RAISE_VARARGS:
                            throw JitOps.raise(ts, stack, sp, arg);
                        case Opcode.YIELD_VALUE: // x -- (suspended; resumed with the sent value)
                            return JitOps.yieldValue(f, stack, sp, ip - 1);
                        case Opcode.RETURN_GENERATOR:
                            return JitOps.returnGenerator(ts, f, sp, ip - 1);
                        // superinstructions (CodeCache.fused): each reads its second argument
                        // from the next word and steps past it before the second half can raise;
                        // those ending in a call fall through into that instruction's own case
                        // (above), so the JIT inlines its fast paths once
                        case CodeCache.LOAD_FAST__LOAD_FAST: // -- a b
                            JitOps.loadFast(stack, sp++, fast, arg, code);
                            JitOps.loadFast(stack, sp++, fast, ops[ip++] >>> 8, code);
                            break;
                        case CodeCache.LOAD_FAST__LOAD_CONST: // -- a const
                            JitOps.loadFast(stack, sp++, fast, arg, code);
                            stack[sp++] = consts[ops[ip++] >>> 8];
                            break;
                        case CodeCache.LOAD_CONST__LOAD_FAST: // -- const b
                            stack[sp++] = consts[arg];
                            JitOps.loadFast(stack, sp++, fast, ops[ip++] >>> 8, code);
                            break;
                        case CodeCache.STORE_FAST__LOAD_FAST: // x -- b
                            fast[arg] = stack[--sp];
                            stack[sp] = null;
                            JitOps.loadFast(stack, sp++, fast, ops[ip++] >>> 8, code);
                            break;
                        case CodeCache.COMPARE_OP__JUMP: { // a b --  (then POP_JUMP_*_IF_TRUE/FALSE on a op b)
                            JitOps.compareOp(stack, sp--, arg);
                            int jump = ops[ip++];
                            boolean t = JitOps.popTruth(stack, sp--);
                            int target = jump >>> 8;
                            boolean whenTrue = (jump & 0xff) == Opcode.POP_JUMP_FORWARD_IF_TRUE
                                    || (jump & 0xff) == Opcode.POP_JUMP_BACKWARD_IF_TRUE;
                            if (t == whenTrue) {
                                if (target < ip) {
                                    JitOps.checkInterrupt(ts);
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
                ip = JitOps.unwind(ts, f, e, ip - 1);
                sp = f.sp;
                kwnames = null;
            } catch (StackOverflowError e) {
                ip = JitOps.overflow(ts, f, ip - 1);
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
