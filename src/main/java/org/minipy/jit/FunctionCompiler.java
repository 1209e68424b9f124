package org.minipy.jit;

import org.minipy.code.Code;
import org.minipy.code.Opcode;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.util.TreeSet;

import static org.objectweb.asm.Opcodes.*;

/**
 * The second tier: turns one code object into a JVM class whose method runs it, instruction
 * after instruction, with no dispatch. Each Python instruction becomes a few JVM instructions,
 * mostly a call of its helper in {@code org.minipy.vm.JitOps} with the stack depth as a
 * constant (found by {@link StackDepths}); jumps become JVM branches. HotSpot then compiles
 * every hot Python function separately, with profiles of its own, instead of one big loop
 * that all functions share.
 *
 * <p>The method uses the frame exactly as the eval loop does (value stack and locals in the
 * frame's arrays, {@code f.ip} where it starts, {@code f.lasti} for calls), so a frame can
 * start in one tier and go on in the other. It starts with a switch on {@code f.ip} over the
 * places a frame can be entered: the start, after each yield, the exception handlers, and
 * the targets of backward jumps (where the loop hands a running frame over). Python
 * exceptions are caught by one JVM handler around the body, which finds the Python handler
 * by the offset of the instruction that raised (kept in a local, set before each instruction
 * that calls out) and jumps back into the switch.
 */
public final class FunctionCompiler {
    private FunctionCompiler() {
    }

    /** HotSpot does not compile methods with more bytecode than this (DontCompileHugeMethods). */
    public static final int HUGE_METHOD = 8000;

    private static final String VM = "org/minipy/vm/";
    private static final String OPS = VM + "JitOps";
    private static final String BASE = VM + "CompiledCode";
    private static final String TS = "L" + VM + "ThreadState;";
    private static final String FRAME = "L" + VM + "PyFrame;";
    private static final String CACHE = "L" + VM + "CodeCache;";
    private static final String OBJ = "Lorg/minipy/objects/PyObject;";
    private static final String EXC = "Lorg/minipy/objects/PyException;";
    private static final String CODE = "Lorg/minipy/code/Code;";
    private static final String S = "[" + OBJ;
    private static final String NAMES = "[Ljava/lang/String;";
    private static final String RUN = "(" + TS + FRAME + ")" + OBJ;

    // JVM locals of the static method that holds the body
    private static final int TSTATE = 0, F = 1, STACK = 2, FAST = 3, CONSTS = 4, NAMES_ = 5, CACHE_ = 6,
            CODE_ = 7, IP = 8, KWNAMES = 9, EXC_ = 10;

    /**
     * The class file for {@code code}, named {@code className} (internal form, in package
     * org/minipy/vm), or null when its method would be too large for HotSpot to compile.
     *
     * @param ops the decoded instructions (jump arguments are targets), as the eval loop runs them
     */
    public static byte[] compile(Code code, int[] ops, String className) {
        int[] depth = StackDepths.of(ops, code.exceptionTable);
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                // no value the body keeps in a local is merged across types at a branch
                return "java/lang/Object";
            }
        };
        cw.visit(V17, ACC_FINAL | ACC_SUPER, className, null, BASE, null);
        MethodVisitor init = cw.visitMethod(0, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, BASE, "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor run = cw.visitMethod(0, "run", RUN, null, null);
        run.visitCode();
        run.visitVarInsn(ALOAD, 1);
        run.visitVarInsn(ALOAD, 2);
        run.visitMethodInsn(INVOKESTATIC, className, "body", RUN, false);
        run.visitInsn(ARETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, "body", RUN, null, null);
        Body body = new Body(mv, code, ops, depth);
        if (!body.emit()) {
            return null;
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** The emitter of one method body. */
    private static final class Body {
        private final MethodVisitor mv;
        private final Code code;
        private final int[] ops;
        private final int[] depth;
        private final Label[] at;
        /** Locals that are arguments never deleted: LOAD_FAST of them cannot find them unbound. */
        private final boolean[] alwaysBound;

        Body(MethodVisitor mv, Code code, int[] ops, int[] depth) {
            this.mv = mv;
            this.code = code;
            this.ops = ops;
            this.depth = depth;
            this.at = new Label[ops.length + 1];
            for (int u = 0; u <= ops.length; u++) {
                at[u] = new Label();
            }
            this.alwaysBound = alwaysBound(code, ops);
        }

        private static boolean[] alwaysBound(Code code, int[] ops) {
            int nargs = code.co_argcount + code.co_kwonlyargcount
                    + ((code.co_flags & Code.CO_VARARGS) != 0 ? 1 : 0)
                    + ((code.co_flags & Code.CO_VARKEYWORDS) != 0 ? 1 : 0);
            boolean[] bound = new boolean[code.nlocalsplus()];
            for (int i = 0; i < nargs && i < bound.length; i++) {
                bound[i] = true;
            }
            for (int w : ops) {
                int op = w & 0xff;
                if (op == Opcode.DELETE_FAST || op == Opcode.MAKE_CELL) {
                    int a = w >>> 8;
                    if (a < bound.length) {
                        bound[a] = false;
                    }
                }
            }
            return bound;
        }

        boolean emit() {
            Label start = new Label(), end = new Label(), dispatch = new Label(), bad = new Label();
            Label onPy = new Label(), onOverflow = new Label(), onInternal = new Label();
            mv.visitTryCatchBlock(start, end, onPy, "org/minipy/objects/PyException");
            mv.visitTryCatchBlock(start, end, onOverflow, "java/lang/StackOverflowError");
            mv.visitTryCatchBlock(start, end, onInternal, "java/lang/Throwable"); // unchecked: RuntimeException, Error
            mv.visitCode();
            prologue();
            // ip = f.ip - 1: a throw() into a suspended generator is raised at its last instruction
            frameField("ip", "I");
            push(1);
            mv.visitInsn(ISUB);
            mv.visitVarInsn(ISTORE, IP);
            mv.visitLabel(start);
            mv.visitVarInsn(ALOAD, F);
            ops("pendingThrow", "(" + FRAME + ")V");
            frameField("ip", "I");
            mv.visitLabel(dispatch); // [target code unit]
            TreeSet<Integer> entries = entries();
            int[] keys = entries.stream().mapToInt(Integer::intValue).toArray();
            Label[] labels = new Label[keys.length];
            for (int k = 0; k < keys.length; k++) {
                labels[k] = at[keys[k]];
            }
            mv.visitLookupSwitchInsn(bad, keys, labels);
            boolean kwPending = false;
            for (int u = 0; u < ops.length; u++) {
                if (depth[u] == StackDepths.UNREACHABLE) {
                    continue;
                }
                mv.visitLabel(at[u]);
                int op = ops[u] & 0xff, arg = ops[u] >>> 8;
                if (op == Opcode.KW_NAMES) {
                    kwPending = true;
                } else if (op == Opcode.CALL) {
                    instruction(u, op, arg, depth[u], kwPending);
                    kwPending = false;
                    continue;
                }
                instruction(u, op, arg, depth[u], false);
            }
            mv.visitLabel(bad);
            mv.visitVarInsn(ALOAD, F);
            ops("badEntry", "(" + FRAME + ")Ljava/lang/IllegalStateException;");
            mv.visitInsn(ATHROW);
            mv.visitLabel(end);
            Label size = new Label();
            // a Python exception: to the handler the exception table gives, via the switch
            mv.visitLabel(onPy);
            mv.visitVarInsn(ASTORE, EXC_);
            mv.visitVarInsn(ALOAD, TSTATE);
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ALOAD, EXC_);
            mv.visitVarInsn(ILOAD, IP);
            ops("unwind", "(" + TS + FRAME + EXC + "I)I");
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, KWNAMES);
            mv.visitJumpInsn(GOTO, dispatch);
            mv.visitLabel(onOverflow);
            mv.visitInsn(POP);
            mv.visitVarInsn(ALOAD, TSTATE);
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ILOAD, IP);
            ops("overflow", "(" + TS + FRAME + "I)I");
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, KWNAMES);
            mv.visitJumpInsn(GOTO, dispatch);
            // a bug in minipy: note the Python frame for the report and let it go on
            mv.visitLabel(onInternal);
            mv.visitVarInsn(ASTORE, EXC_);
            mv.visitVarInsn(ALOAD, TSTATE);
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ILOAD, IP);
            mv.visitMethodInsn(INVOKESTATIC, VM + "EvalOps", "noteInternalError", "(" + TS + FRAME + "I)V", false);
            mv.visitVarInsn(ALOAD, EXC_);
            mv.visitInsn(ATHROW);
            mv.visitLabel(size);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            return size.getOffset() <= HUGE_METHOD;
        }

        /** The code units a frame can be (re)entered at. */
        private TreeSet<Integer> entries() {
            TreeSet<Integer> e = new TreeSet<>();
            e.add(0);
            int[] table = code.exceptionTable;
            for (int k = 0; k + 4 < table.length; k += 5) {
                e.add(table[k + 2]);
            }
            for (int u = 0; u < ops.length; u++) {
                if (depth[u] == StackDepths.UNREACHABLE) {
                    continue;
                }
                int op = ops[u] & 0xff;
                Opcode.Info info = Opcode.info(op);
                if (op == Opcode.YIELD_VALUE || op == Opcode.RETURN_GENERATOR) {
                    e.add(u + 1);
                } else if (info != null && info.kind() == Opcode.ArgKind.JUMP_BACKWARD) {
                    e.add(ops[u] >>> 8);
                }
            }
            e.removeIf(u -> u >= ops.length || depth[u] == StackDepths.UNREACHABLE);
            return e;
        }

        private void prologue() {
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, VM + "PyFrame", "stack", S);
            mv.visitVarInsn(ASTORE, STACK);
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, VM + "PyFrame", "localsplus", S);
            mv.visitVarInsn(ASTORE, FAST);
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, VM + "PyFrame", "code", CODE);
            mv.visitVarInsn(ASTORE, CODE_);
            mv.visitVarInsn(ALOAD, CODE_);
            mv.visitFieldInsn(GETFIELD, "org/minipy/code/Code", "co_consts", S);
            mv.visitVarInsn(ASTORE, CONSTS);
            mv.visitVarInsn(ALOAD, CODE_);
            mv.visitFieldInsn(GETFIELD, "org/minipy/code/Code", "co_names", NAMES);
            mv.visitVarInsn(ASTORE, NAMES_);
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, VM + "PyFrame", "cache", CACHE);
            mv.visitVarInsn(ASTORE, CACHE_);
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, KWNAMES);
        }

        private void frameField(String name, String desc) {
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, VM + "PyFrame", name, desc);
        }

        private void push(int v) {
            if (v >= -1 && v <= 5) {
                mv.visitInsn(ICONST_0 + v);
            } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
                mv.visitIntInsn(BIPUSH, v);
            } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
                mv.visitIntInsn(SIPUSH, v);
            } else {
                mv.visitLdcInsn(v);
            }
        }

        private void ops(String name, String desc) {
            mv.visitMethodInsn(INVOKESTATIC, OPS, name, desc, false);
        }

        /** Remembers the instruction about to call out, for the exception handler. */
        private void at(int u) {
            push(u);
            mv.visitVarInsn(ISTORE, IP);
        }

        /** {@code stack, d}: the first arguments of most helpers. */
        private void stackAt(int d) {
            mv.visitVarInsn(ALOAD, STACK);
            push(d);
        }

        /** stack, d -- then the helper {@code name(PyObject[], int)}. */
        private void onStack(int u, int d, String name) {
            at(u);
            stackAt(d);
            ops(name, "(" + S + "I)V");
        }

        /** stack, d, arg -- then the helper {@code name(PyObject[], int, int)}. */
        private void onStackArg(int u, int d, int arg, String name) {
            at(u);
            stackAt(d);
            push(arg);
            ops(name, "(" + S + "II)V");
        }

        /** A branch helper {@code name(PyObject[], int) boolean}: the test is left on the JVM stack. */
        private void test(int u, int d, String name) {
            at(u);
            stackAt(d);
            ops(name, "(" + S + "I)Z");
        }

        private void checkInterrupt() {
            mv.visitVarInsn(ALOAD, TSTATE);
            ops("checkInterrupt", "(" + TS + ")V");
        }

        /** A backward jump taken when the test on the JVM stack is {@code jumpWhen}, with the interrupt check. */
        private void backwardIf(boolean jumpWhen, int target) {
            Label skip = new Label();
            mv.visitJumpInsn(jumpWhen ? IFEQ : IFNE, skip);
            checkInterrupt();
            mv.visitJumpInsn(GOTO, at[target]);
            mv.visitLabel(skip);
        }

        /** The helpers that take {@code (stack, d, cache, u, names, i)}: attribute instructions. */
        private void attr(int u, int d, int i, String name) {
            at(u);
            stackAt(d);
            mv.visitVarInsn(ALOAD, CACHE_);
            push(u);
            mv.visitVarInsn(ALOAD, NAMES_);
            push(i);
            ops(name, "(" + S + "I" + CACHE + "I" + NAMES + "I)V");
        }

        /** The helpers that take {@code (frame, stack, d, names, i)}: namespace instructions. */
        private void named(int u, int d, int i, String name) {
            at(u);
            mv.visitVarInsn(ALOAD, F);
            stackAt(d);
            mv.visitVarInsn(ALOAD, NAMES_);
            push(i);
            ops(name, "(" + FRAME + S + "I" + NAMES + "I)V");
        }

        /** {@code stack[d] = array[i]} (array a local of the method). */
        private void pushElement(int d, int array, int i) {
            stackAt(d);
            mv.visitVarInsn(ALOAD, array);
            push(i);
            mv.visitInsn(AALOAD);
            mv.visitInsn(AASTORE);
        }

        private void clear(int slot) {
            stackAt(slot);
            mv.visitInsn(ACONST_NULL);
            mv.visitInsn(AASTORE);
        }

        private void instruction(int u, int op, int a, int d, boolean kw) {
            switch (op) {
                case Opcode.NOP:
                case Opcode.RESUME:
                case Opcode.EXTENDED_ARG:
                case Opcode.PUSH_NULL: // slots above the stack top are always null already
                    break;
                case Opcode.KW_NAMES:
                    at(u);
                    mv.visitVarInsn(ALOAD, CONSTS);
                    push(a);
                    ops("kwNames", "(" + S + "I)" + NAMES);
                    mv.visitVarInsn(ASTORE, KWNAMES);
                    break;
                case Opcode.LOAD_FAST: // -- local
                    if (alwaysBound[a]) {
                        pushElement(d, FAST, a);
                    } else {
                        at(u);
                        stackAt(d);
                        mv.visitVarInsn(ALOAD, FAST);
                        push(a);
                        mv.visitVarInsn(ALOAD, CODE_);
                        ops("loadFast", "(" + S + "I" + S + "I" + CODE + ")V");
                    }
                    break;
                case Opcode.LOAD_CLOSURE: // -- cell
                    pushElement(d, FAST, a);
                    break;
                case Opcode.STORE_FAST: // x --
                    mv.visitVarInsn(ALOAD, FAST);
                    push(a);
                    stackAt(d - 1);
                    mv.visitInsn(AALOAD);
                    mv.visitInsn(AASTORE);
                    clear(d - 1);
                    break;
                case Opcode.LOAD_CONST: // -- const
                    pushElement(d, CONSTS, a);
                    break;
                case Opcode.POP_TOP: // x --
                    clear(d - 1);
                    break;
                case Opcode.COPY: // -- copy of the a-th item
                    stackAt(d);
                    stackAt(d - a);
                    mv.visitInsn(AALOAD);
                    mv.visitInsn(AASTORE);
                    break;
                case Opcode.SWAP:
                    onStackArg(u, d, a, "swap");
                    break;
                case Opcode.BINARY_OP:
                    onStackArg(u, d, a, "binaryOp");
                    break;
                case Opcode.COMPARE_OP:
                    onStackArg(u, d, a, "compareOp");
                    break;
                case Opcode.IS_OP:
                    onStackArg(u, d, a, "isOp");
                    break;
                case Opcode.CONTAINS_OP:
                    onStackArg(u, d, a, "containsOp");
                    break;
                case Opcode.JUMP_FORWARD:
                case Opcode.JUMP_BACKWARD_NO_INTERRUPT:
                    mv.visitJumpInsn(GOTO, at[a]);
                    break;
                case Opcode.JUMP_BACKWARD:
                    at(u);
                    checkInterrupt();
                    mv.visitJumpInsn(GOTO, at[a]);
                    break;
                case Opcode.POP_JUMP_FORWARD_IF_FALSE:
                    test(u, d, "popTruth");
                    mv.visitJumpInsn(IFEQ, at[a]);
                    break;
                case Opcode.POP_JUMP_FORWARD_IF_TRUE:
                    test(u, d, "popTruth");
                    mv.visitJumpInsn(IFNE, at[a]);
                    break;
                case Opcode.POP_JUMP_BACKWARD_IF_FALSE:
                    test(u, d, "popTruth");
                    backwardIf(false, a);
                    break;
                case Opcode.POP_JUMP_BACKWARD_IF_TRUE:
                    test(u, d, "popTruth");
                    backwardIf(true, a);
                    break;
                case Opcode.POP_JUMP_FORWARD_IF_NONE:
                case Opcode.POP_JUMP_BACKWARD_IF_NONE:
                    test(u, d, "popIsNone");
                    mv.visitJumpInsn(IFNE, at[a]);
                    break;
                case Opcode.POP_JUMP_FORWARD_IF_NOT_NONE:
                case Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE:
                    test(u, d, "popIsNone");
                    mv.visitJumpInsn(IFEQ, at[a]);
                    break;
                case Opcode.JUMP_IF_FALSE_OR_POP:
                    test(u, d, "jumpIfFalseOrPop");
                    mv.visitJumpInsn(IFNE, at[a]);
                    break;
                case Opcode.JUMP_IF_TRUE_OR_POP:
                    test(u, d, "jumpIfTrueOrPop");
                    mv.visitJumpInsn(IFNE, at[a]);
                    break;
                case Opcode.FOR_ITER:
                    test(u, d, "forIter");
                    mv.visitJumpInsn(IFEQ, at[a]);
                    break;
                case Opcode.LOAD_GLOBAL: { // -- [NULL] global
                    at(u);
                    stackAt(d + (a & 1));
                    mv.visitVarInsn(ALOAD, F);
                    mv.visitVarInsn(ALOAD, CACHE_);
                    push(u);
                    mv.visitVarInsn(ALOAD, NAMES_);
                    push(a >> 1);
                    ops("loadGlobal", "(" + S + "I" + FRAME + CACHE + "I" + NAMES + "I)V");
                    break;
                }
                case Opcode.LOAD_ATTR:
                    attr(u, d, a, "loadAttr");
                    break;
                case Opcode.LOAD_METHOD:
                    attr(u, d, a, "loadMethod");
                    break;
                case Opcode.STORE_ATTR:
                    attr(u, d, a, "storeAttr");
                    break;
                case Opcode.STORE_GLOBAL:
                    named(u, d, a, "storeGlobal");
                    break;
                case Opcode.LOAD_NAME:
                    named(u, d, a, "loadName");
                    break;
                case Opcode.STORE_NAME:
                    named(u, d, a, "storeName");
                    break;
                case Opcode.CALL: // NULL|meth callable|self args -- result
                    at(u);
                    mv.visitVarInsn(ALOAD, TSTATE);
                    mv.visitVarInsn(ALOAD, F);
                    stackAt(d);
                    push(a);
                    if (kw) {
                        mv.visitVarInsn(ALOAD, KWNAMES);
                    } else {
                        mv.visitInsn(ACONST_NULL);
                    }
                    push(u);
                    ops("call", "(" + TS + FRAME + S + "II" + NAMES + "I)V");
                    if (kw) {
                        mv.visitInsn(ACONST_NULL);
                        mv.visitVarInsn(ASTORE, KWNAMES);
                    }
                    break;
                case Opcode.RETURN_VALUE:
                    at(u);
                    mv.visitVarInsn(ALOAD, F);
                    stackAt(d);
                    push(u);
                    ops("returnValue", "(" + FRAME + S + "II)" + OBJ);
                    mv.visitInsn(ARETURN);
                    break;
                case Opcode.YIELD_VALUE:
                    at(u);
                    mv.visitVarInsn(ALOAD, F);
                    stackAt(d);
                    push(u);
                    ops("yieldValue", "(" + FRAME + S + "II)" + OBJ);
                    mv.visitInsn(ARETURN);
                    break;
                case Opcode.RETURN_GENERATOR:
                    at(u);
                    mv.visitVarInsn(ALOAD, TSTATE);
                    mv.visitVarInsn(ALOAD, F);
                    push(d);
                    push(u);
                    ops("returnGenerator", "(" + TS + FRAME + "II)" + OBJ);
                    mv.visitInsn(ARETURN);
                    break;
                case Opcode.GET_ITER:
                    onStack(u, d, "getIter");
                    break;
                case Opcode.BINARY_SUBSCR:
                    onStack(u, d, "subscr");
                    break;
                case Opcode.STORE_SUBSCR:
                    onStack(u, d, "storeSubscr");
                    break;
                case Opcode.UNPACK_SEQUENCE:
                    onStackArg(u, d, a, "unpackSequence");
                    break;
                case Opcode.BUILD_TUPLE:
                    onStackArg(u, d, a, "buildTuple");
                    break;
                case Opcode.BUILD_LIST:
                    onStackArg(u, d, a, "buildList");
                    break;
                case Opcode.LIST_APPEND:
                    onStackArg(u, d, a, "listAppend");
                    break;
                case Opcode.UNARY_NOT:
                    onStack(u, d, "unaryNot");
                    break;
                case Opcode.UNARY_NEGATIVE:
                    onStack(u, d, "unaryNegative");
                    break;
                case Opcode.UNARY_POSITIVE:
                    onStack(u, d, "unaryPositive");
                    break;
                case Opcode.UNARY_INVERT:
                    onStack(u, d, "unaryInvert");
                    break;
                case Opcode.LOAD_DEREF:
                    at(u);
                    stackAt(d);
                    mv.visitVarInsn(ALOAD, FAST);
                    push(a);
                    mv.visitVarInsn(ALOAD, CODE_);
                    ops("loadDeref", "(" + S + "I" + S + "I" + CODE + ")V");
                    break;
                case Opcode.STORE_DEREF:
                    at(u);
                    stackAt(d);
                    mv.visitVarInsn(ALOAD, FAST);
                    push(a);
                    ops("storeDeref", "(" + S + "I" + S + "I)V");
                    break;
                case Opcode.MAKE_CELL:
                    at(u);
                    mv.visitVarInsn(ALOAD, FAST);
                    push(a);
                    ops("makeCell", "(" + S + "I)V");
                    break;
                case Opcode.COPY_FREE_VARS:
                    at(u);
                    mv.visitVarInsn(ALOAD, F);
                    push(a);
                    ops("copyFreeVars", "(" + FRAME + "I)V");
                    break;
                case Opcode.PUSH_EXC_INFO:
                case Opcode.POP_EXCEPT:
                    at(u);
                    mv.visitVarInsn(ALOAD, TSTATE);
                    stackAt(d);
                    ops(op == Opcode.PUSH_EXC_INFO ? "pushExcInfo" : "popExcept", "(" + TS + S + "I)V");
                    break;
                case Opcode.CHECK_EXC_MATCH:
                    onStack(u, d, "checkExcMatch");
                    break;
                case Opcode.RERAISE:
                    at(u);
                    mv.visitVarInsn(ALOAD, F);
                    stackAt(d);
                    ops("reraise", "(" + FRAME + S + "I)" + EXC);
                    mv.visitInsn(ATHROW);
                    break;
                case Opcode.RAISE_VARARGS:
                    at(u);
                    mv.visitVarInsn(ALOAD, TSTATE);
                    stackAt(d);
                    push(a);
                    ops("raise", "(" + TS + S + "II)" + EXC);
                    mv.visitInsn(ATHROW);
                    break;
                default: // the instructions the loop leaves to EvalOps.rare
                    at(u);
                    mv.visitVarInsn(ALOAD, TSTATE);
                    mv.visitVarInsn(ALOAD, F);
                    push(op);
                    push(a);
                    push(d);
                    push(u);
                    ops("rare", "(" + TS + FRAME + "IIII)Z");
                    if (op == Opcode.SEND) {
                        mv.visitJumpInsn(IFNE, at[a]);
                    } else {
                        mv.visitInsn(POP);
                    }
                    break;
            }
        }
    }
}
