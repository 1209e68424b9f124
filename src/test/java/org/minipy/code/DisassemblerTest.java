package org.minipy.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minipy.compile.Compiler;

/** The disassembly has CPython 3.11's dis layout (identical where CPython has no inline caches). */
class DisassemblerTest {
    private static final String EXPECTED = String.join("\n",
            "  0           0 RESUME                   0",
            "",
            "  1           2 LOAD_CONST               0 (<code object f at 0x, file \"t.py\", line 1>)",
            "              4 MAKE_FUNCTION            0",
            "              6 STORE_NAME               0 (f)",
            "              8 LOAD_CONST               1 (None)",
            "             10 RETURN_VALUE",
            "",
            "Disassembly of <code object f at 0x, file \"t.py\", line 1>:",
            "  1           0 RESUME                   0",
            "",
            "  2           2 LOAD_FAST                0 (a)",
            "              4 STORE_FAST               2 (x)",
            "",
            "  3           6 LOAD_FAST                2 (x)",
            "              8 POP_JUMP_FORWARD_IF_FALSE     2 (to 14)",
            "",
            "  4          10 LOAD_CONST               1 ((1, 2))",
            "             12 RETURN_VALUE",
            "",
            "  5     >>   14 LOAD_FAST                1 (b)",
            "             16 RETURN_VALUE",
            "");

    @Test
    void matchesCPythonText() {
        Code c = Compiler.compile("def f(a, b):\n    x = a\n    if x:\n        return (1, 2)\n    return b\n", "t.py", "exec");
        String out = Disassembler.dis(c).replaceAll(" at 0x[0-9a-fA-F]+", " at 0x");
        assertEquals(EXPECTED, out);
    }

    @Test
    void instructionsCarryMeaning() {
        Code c = Compiler.compile("def f(a):\n    for i in a:\n        g(i < 2, a + 1)\n", "t.py", "exec");
        Code f = (Code) c.co_consts[0];
        List<Disassembler.Instruction> ins = Disassembler.instructions(f);
        Disassembler.Instruction global = ins.stream().filter(i -> i.opname().equals("LOAD_GLOBAL")).findFirst().get();
        assertEquals("NULL + g", global.argrepr());
        assertEquals("g", global.argval());
        Disassembler.Instruction cmp = ins.stream().filter(i -> i.opname().equals("COMPARE_OP")).findFirst().get();
        assertEquals("<", cmp.argrepr());
        Disassembler.Instruction add = ins.stream().filter(i -> i.opname().equals("BINARY_OP")).findFirst().get();
        assertEquals("+", add.argrepr());
        Disassembler.Instruction forIter = ins.stream().filter(i -> i.opname().equals("FOR_ITER")).findFirst().get();
        assertTrue(forIter.isJumpTarget());
        assertTrue(forIter.argrepr().startsWith("to "));
        Disassembler.Instruction back = ins.stream().filter(i -> i.opname().equals("JUMP_BACKWARD")).findFirst().get();
        assertEquals(forIter.offset(), back.argval());
        Disassembler.Instruction ret = ins.get(ins.size() - 1);
        assertEquals(-1, ret.arg());
        assertNull(ret.startsLine());
    }

    @Test
    void exceptionTableIsPrinted() {
        Code c = Compiler.compile("try:\n    a()\nexcept E:\n    pass\n", "t.py", "exec");
        String out = Disassembler.dis(c);
        assertTrue(out.contains("ExceptionTable:\n"), out);
        assertTrue(out.contains(" [0]\n"), out);
        assertTrue(out.contains(" [1] lasti\n"), out);
    }
}
