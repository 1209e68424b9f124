package org.minipy.jit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.minipy.code.Opcode;

class StackDepthsTest {
    private static int w(int op, int arg) {
        return op | arg << 8;
    }

    @Test
    void straightLineCodeAddsEachInstructionsEffect() {
        int[] ops = {w(Opcode.RESUME, 0), w(Opcode.LOAD_CONST, 0), w(Opcode.LOAD_CONST, 1),
                w(Opcode.BINARY_OP, 0), w(Opcode.RETURN_VALUE, 0)};
        assertArrayEquals(new int[]{0, 0, 1, 2, 1}, StackDepths.of(ops, new int[0]));
    }

    @Test
    void forLoopTargetsGetTheDepthOfTheJump() {
        // GET_ITER over a const; FOR_ITER jumps to 5 with the iterator popped
        int[] ops = {w(Opcode.LOAD_CONST, 0), w(Opcode.GET_ITER, 0), w(Opcode.FOR_ITER, 5),
                w(Opcode.POP_TOP, 0), w(Opcode.JUMP_BACKWARD, 2), w(Opcode.LOAD_CONST, 0),
                w(Opcode.RETURN_VALUE, 0)};
        assertArrayEquals(new int[]{0, 1, 1, 2, 1, 0, 1}, StackDepths.of(ops, new int[0]));
    }

    @Test
    void codeAfterAReturnIsUnreachableAndHandlersStartAtTheirTablesDepth() {
        int[] ops = {w(Opcode.LOAD_CONST, 0), w(Opcode.RETURN_VALUE, 0), w(Opcode.POP_TOP, 0),
                w(Opcode.PUSH_EXC_INFO, 0), w(Opcode.POP_EXCEPT, 0), w(Opcode.RERAISE, 0)};
        // handler at 3 for code units [0, 2), depth 0, lasti pushed: starts at depth 2
        int[] table = {0, 2, 3, 0, 1};
        int[] d = StackDepths.of(ops, table);
        assertEquals(StackDepths.UNREACHABLE, d[2]);
        assertEquals(2, d[3]);
        assertEquals(3, d[4]);
    }

    @Test
    void generatorsResumeWithTheSentValueOnTheStack() {
        int[] ops = {w(Opcode.RETURN_GENERATOR, 0), w(Opcode.POP_TOP, 0), w(Opcode.RESUME, 0),
                w(Opcode.LOAD_CONST, 0), w(Opcode.RETURN_VALUE, 0)};
        assertArrayEquals(new int[]{0, 1, 0, 0, 1}, StackDepths.of(ops, new int[0]));
    }

    @Test
    void pathsThatDisagreeAreAnError() {
        // a loop whose body leaves one more item each time round
        int[] ops = {w(Opcode.LOAD_CONST, 0), w(Opcode.JUMP_BACKWARD, 0)};
        assertThrows(IllegalStateException.class, () -> StackDepths.of(ops, new int[0]));
    }
}
