package org.minipy.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minipy.code.Code;
import org.minipy.code.Disassembler;
import org.minipy.code.Opcode;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;

/** Code-object details: EXTENDED_ARG, jumps, constants, line table, stack depth, localsplus, flags. */
class AssemblerTest {
    private static Code compile(String src) {
        return Compiler.compile(src, "t.py", "exec");
    }

    private static Code first(Code c) {
        for (Object k : c.co_consts) {
            if (k instanceof Code code) {
                return code;
            }
        }
        throw new AssertionError("no nested code");
    }

    @Test
    void extendedArgForManyConstants() {
        StringBuilder sb = new StringBuilder("x = [");
        for (int i = 0; i < 300; i++) {
            sb.append(i * 10).append(i < 299 ? ", " : "");
        }
        sb.append(", y]\n");
        Code c = compile(sb.toString());
        List<Disassembler.Instruction> ins = Disassembler.instructions(c);
        boolean sawExtended = false;
        for (int i = 0; i < ins.size(); i++) {
            if (ins.get(i).opname().equals("EXTENDED_ARG")) {
                sawExtended = true;
                Disassembler.Instruction next = ins.get(i + 1);
                assertEquals("LOAD_CONST", next.opname());
                assertEquals(256, next.arg() & ~0xff);
                assertEquals(c.co_consts[next.arg()], next.argval());
            }
        }
        assertTrue(sawExtended);
        assertTrue(c.co_consts.length > 256);
    }

    @Test
    void longForwardAndBackwardJumpsGetExtendedArg() {
        StringBuilder sb = new StringBuilder("def f(q):\n    while q:\n");
        for (int i = 0; i < 150; i++) {
            sb.append("        q = q + ").append(i).append('\n');
        }
        Code f = first(compile(sb.toString()));
        List<Disassembler.Instruction> ins = Disassembler.instructions(f);
        int targets = 0;
        for (int i = 0; i < ins.size(); i++) {
            Disassembler.Instruction in = ins.get(i);
            Opcode.Info info = Opcode.info(in.opcode());
            if (info.isJump()) {
                assertEquals("EXTENDED_ARG", ins.get(i - 1).opname(), in.opname());
                int target = (Integer) in.argval();
                assertTrue(ins.stream().anyMatch(x -> x.offset() == target && x.isJumpTarget()));
                targets++;
            }
        }
        assertEquals(2, targets);
    }

    @Test
    void constantsAreDistinctByTypeAndSign() {
        Code c = compile("a = 1\nb = 1.0\nc = True\nd = 0.0\ne = -0.0\nf = 1\ng = 1.0\n");
        assertEquals(PyInt.class, c.co_consts[0].getClass());
        assertEquals(PyFloat.class, c.co_consts[1].getClass());
        assertEquals(PyBool.True, c.co_consts[2]);
        assertEquals(0.0, ((PyFloat) c.co_consts[3]).value);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(((PyFloat) c.co_consts[4]).value));
        assertEquals(6, c.co_consts.length); // 1, 1.0, True, 0.0, -0.0, None
        assertArrayEquals(new String[]{"a", "b", "c", "d", "e", "f", "g"}, c.co_names);
    }

    @Test
    void lineTableGivesALinePerCodeUnit() {
        Code c = compile("x = 1\n\ny = (x +\n     2)\n");
        assertEquals(c.co_code.length / 2, c.lineTable.length);
        assertEquals(0, c.lineOf(0));   // RESUME of a module
        assertEquals(1, c.lineOf(1));   // LOAD_CONST 1
        assertEquals(3, c.lineOf(3));   // LOAD_NAME x
        assertEquals(4, c.lineOf(4));   // LOAD_CONST 2
        assertEquals(3, c.lineOf(5));   // BINARY_OP
    }

    @Test
    void stackDepthFollowsBothEdgesOfJumps() {
        // CPython 3.11's sizes: NULL + g + 3 arguments
        assertEquals(5, first(compile("def f(a, b, c):\n    return g(a, b, c)\n")).co_stacksize);
        assertEquals(3, first(compile("def f(a, b):\n    return a < b < 3\n")).co_stacksize);
        // a with statement's handler holds exit, lasti, prev_exc, exc and __exit__'s result
        assertEquals(6, first(compile("def f(m):\n    with m:\n        pass\n")).co_stacksize);
        assertEquals(1, first(compile("def g():\n    yield 1\n")).co_stacksize);
    }

    @Test
    void localsplusKindsAndFlags() {
        Code f = first(compile("def f(a, *args, **kw):\n    b = 1\n    def g():\n        return a + b\n    return g\n"));
        assertArrayEquals(new String[]{"a", "args", "kw", "g", "b"}, f.localsplusNames);
        assertEquals(Code.KIND_LOCAL | Code.KIND_CELL, f.localsplusKinds[0]);
        assertEquals(Code.KIND_CELL, f.localsplusKinds[4]);
        assertArrayEquals(new String[]{"a", "args", "kw", "g"}, f.co_varnames);
        assertArrayEquals(new String[]{"a", "b"}, f.co_cellvars);
        assertEquals(Code.CO_OPTIMIZED | Code.CO_NEWLOCALS | Code.CO_VARARGS | Code.CO_VARKEYWORDS, f.co_flags);
        Code g = first(f);
        assertArrayEquals(new String[]{"a", "b"}, g.co_freevars);
        assertEquals(Code.CO_OPTIMIZED | Code.CO_NEWLOCALS | Code.CO_NESTED, g.co_flags);
        assertEquals("f.<locals>.g", g.co_qualname);
        assertEquals(Opcode.COPY_FREE_VARS, g.co_code[0] & 0xff);
        assertEquals(Opcode.MAKE_CELL, f.co_code[0] & 0xff);
    }

    @Test
    void qualnamesAndFirstLines() {
        Code c = compile("@d\nclass C:\n    def m(self):\n        return [x for x in self], lambda: 0\n");
        Code cls = first(c);
        assertEquals("C", cls.co_qualname);
        assertEquals(1, cls.co_firstlineno);
        Code m = first(cls);
        assertEquals("C.m", m.co_qualname);
        assertEquals(3, m.co_firstlineno);
        Code comp = first(m);
        assertEquals("C.m.<locals>.<listcomp>", comp.co_qualname);
        assertEquals("<listcomp>", comp.co_name);
        assertEquals(1, comp.co_argcount);
    }

    @Test
    void exceptionTableEntries() {
        Code f = first(compile("def f():\n    try:\n        a()\n    except E:\n        pass\n"));
        int[] t = f.exceptionTable;
        assertEquals(0, t.length % 5);
        assertEquals(3, t.length / 5);
        // body -> handler at depth 0 without lasti; handler -> cleanup at depth 1 with lasti
        assertEquals(0, t[3]);
        assertEquals(0, t[4]);
        assertEquals(1, t[5 + 3]);
        assertEquals(1, t[5 + 4]);
        assertEquals(Opcode.PUSH_EXC_INFO, f.co_code[2 * t[2]] & 0xff);
    }
}
