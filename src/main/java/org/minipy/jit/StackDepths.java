package org.minipy.jit;

import org.minipy.code.Opcode;

import java.util.ArrayDeque;

/**
 * The value-stack depth before each instruction of a code object, found by following every
 * path from the start and from each exception handler with the stack effects that
 * {@link Opcode} declares (the same walk as the assembler's stack-depth pass, over finished
 * code). A compiled function addresses its stack with these constants instead of a moving
 * stack pointer.
 */
public final class StackDepths {
    private StackDepths() {
    }

    /** Unreachable code units (dead code after a return, EXTENDED_ARG words reached by no path). */
    public static final int UNREACHABLE = -1;

    /**
     * Depths per code unit.
     *
     * @param ops   decoded instructions, {@code opcode | arg << 8}, with a jump's argument already
     *              its target's code-unit index
     * @param table the exception table, five ints per entry: start, end, target, depth, lasti
     * @throws IllegalStateException if two paths reach an instruction with different depths
     */
    public static int[] of(int[] ops, int[] table) {
        int[] depth = new int[ops.length];
        java.util.Arrays.fill(depth, UNREACHABLE);
        ArrayDeque<int[]> todo = new ArrayDeque<>();
        todo.push(new int[]{0, 0});
        for (int k = 0; k + 4 < table.length; k += 5) {
            todo.push(new int[]{table[k + 2], table[k + 3] + table[k + 4] + 1});
        }
        while (!todo.isEmpty()) {
            int[] item = todo.pop();
            int u = item[0], d = item[1];
            while (u < ops.length) {
                if (depth[u] != UNREACHABLE) {
                    if (depth[u] != d) {
                        throw new IllegalStateException("inconsistent stack depth at " + u + ": " + depth[u] + " vs " + d);
                    }
                    break;
                }
                depth[u] = d;
                int op = ops[u] & 0xff, arg = ops[u] >>> 8;
                if (op == Opcode.EXTENDED_ARG) {
                    u++;
                    continue;
                }
                Opcode.Info info = Opcode.info(op);
                if (info.isJump()) {
                    todo.push(new int[]{arg, d + Opcode.stackEffect(op, arg, true)});
                }
                if (endsBlock(op)) {
                    break;
                }
                d += Opcode.stackEffect(op, arg, false);
                if (op == Opcode.RETURN_GENERATOR) {
                    d++; // resumed with the value sent on the stack (None to start), which the next POP_TOP drops
                }
                u++;
            }
        }
        return depth;
    }

    /** Instructions after which control never reaches the next one in order. */
    public static boolean endsBlock(int op) {
        return op == Opcode.RETURN_VALUE || op == Opcode.RAISE_VARARGS || op == Opcode.RERAISE
                || op == Opcode.JUMP_FORWARD || op == Opcode.JUMP_BACKWARD
                || op == Opcode.JUMP_BACKWARD_NO_INTERRUPT;
    }
}
