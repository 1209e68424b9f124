package org.minipy.compile;

import org.minipy.code.Opcode;

/**
 * The compiler's pseudo-instructions (numbered above 255 so they never reach a code object), as in
 * CPython 3.11: direction-free jumps that the assembler turns into the FORWARD/BACKWARD forms, and
 * SETUP_* / POP_BLOCK markers from which the exception table is computed (then they become NOPs).
 */
final class Pseudo {
    private Pseudo() {
    }

    /** Push a handler that receives the exception (try/except, try/finally). */
    static final int SETUP_FINALLY = 256;
    /** Push a handler that receives lasti and the exception (cleanup of an except block). */
    static final int SETUP_CLEANUP = 257;
    /** Push the handler of a with statement (lasti and exception, __exit__ below). */
    static final int SETUP_WITH = 258;
    static final int POP_BLOCK = 259;
    static final int JUMP = 260;
    static final int JUMP_NO_INTERRUPT = 261;
    static final int POP_JUMP_IF_FALSE = 262;
    static final int POP_JUMP_IF_TRUE = 263;
    static final int POP_JUMP_IF_NONE = 264;
    static final int POP_JUMP_IF_NOT_NONE = 265;

    private static final String[] NAMES = {"SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH", "POP_BLOCK", "JUMP",
        "JUMP_NO_INTERRUPT", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE"};

    static String name(int op) {
        return op >= 256 ? NAMES[op - 256] : Opcode.name(op);
    }

    static boolean isBlockPush(int op) {
        return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
    }

    static boolean isJump(int op) {
        if (op >= JUMP) {
            return true;
        }
        if (op >= 256) {
            return false;
        }
        Opcode.Info i = Opcode.info(op);
        return i != null && i.isJump();
    }

    static boolean isUnconditional(int op) {
        return op == JUMP || op == JUMP_NO_INTERRUPT || op == Opcode.JUMP_FORWARD || op == Opcode.JUMP_BACKWARD
                || op == Opcode.JUMP_BACKWARD_NO_INTERRUPT || isScopeExit(op);
    }

    static boolean isUnconditionalJump(int op) {
        return op == JUMP || op == JUMP_NO_INTERRUPT || op == Opcode.JUMP_FORWARD || op == Opcode.JUMP_BACKWARD
                || op == Opcode.JUMP_BACKWARD_NO_INTERRUPT;
    }

    static boolean isScopeExit(int op) {
        return op == Opcode.RETURN_VALUE || op == Opcode.RAISE_VARARGS || op == Opcode.RERAISE;
    }

    /** Stack effect, including the pseudo-instructions (cf. CPython's stack_effect). */
    static int stackEffect(int op, int arg, boolean jump) {
        switch (op) {
            case SETUP_FINALLY:
            case SETUP_WITH:
                return jump ? 1 : 0;
            case SETUP_CLEANUP:
                return jump ? 2 : 0;
            case POP_BLOCK:
            case JUMP:
            case JUMP_NO_INTERRUPT:
                return 0;
            case POP_JUMP_IF_FALSE:
            case POP_JUMP_IF_TRUE:
            case POP_JUMP_IF_NONE:
            case POP_JUMP_IF_NOT_NONE:
                return -1;
            case Opcode.RETURN_GENERATOR:
                // The frame is resumed with the sent value (None) pushed, which POP_TOP drops.
                return 1;
            default:
                return Opcode.stackEffect(op, arg, jump);
        }
    }
}
