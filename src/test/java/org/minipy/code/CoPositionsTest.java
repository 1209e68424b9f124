package org.minipy.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minipy.compile.Compiler;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyObject;

/** co_positions() against CPython 3.11 (whose CACHE and PRECALL entries minipy does not have). */
class CoPositionsTest {
    private static String positions(String src) {
        Code c = Compiler.compile(src, "t.py", "exec");
        List<String> out = new ArrayList<>();
        PyObject[] ps = c.coPositions().toArray();
        for (int u = 0; u < ps.length; u++) {
            out.add(Opcode.info(c.co_code[2 * u] & 0xff).name() + " " + Abstract.repr(ps[u]).value());
        }
        return String.join(", ", out);
    }

    @Test
    void eachInstructionHasItsNodesRangeInUtf8Bytes() {
        // python3: [(i.opname, p) for i, p in zip(dis.get_instructions(c, show_caches=True),
        //          c.co_positions()) if i.opname not in ('CACHE', 'PRECALL')]
        assertEquals("RESUME (0, 1, 0, 0), LOAD_NAME (1, 1, 4, 5), LOAD_METHOD (1, 1, 4, 7), "
                        + "LOAD_NAME (1, 1, 8, 9), CALL (1, 1, 4, 10), LOAD_NAME (1, 1, 13, 14), "
                        + "LOAD_CONST (1, 1, 15, 16), BINARY_SUBSCR (1, 1, 13, 17), BINARY_OP (1, 1, 4, 17), "
                        + "STORE_NAME (1, 1, 0, 1), LOAD_NAME (2, 2, 4, 5), LOAD_CONST (3, 3, 4, 5), "
                        + "COMPARE_OP (2, 3, 4, 5), POP_JUMP_FORWARD_IF_FALSE (2, 3, 4, 5), "
                        + "PUSH_NULL (3, 3, 8, 13), LOAD_NAME (3, 3, 8, 13), LOAD_CONST (3, 3, 14, 18), "
                        + "LOAD_NAME (3, 3, 20, 21), LOAD_ATTR (3, 3, 20, 23), CALL (3, 3, 8, 24), "
                        + "POP_TOP (3, 3, 8, 24), LOAD_CONST (3, 3, 8, 24), RETURN_VALUE (3, 3, 8, 24), "
                        + "LOAD_CONST (2, 3, 4, 5), RETURN_VALUE (2, 3, 4, 5)",
                positions("x = a.b(c) + d[1]\nif (x <\n    2): print(\"\u00e9\", x.y)\n"));
    }

    /** The format of {@link PositionCases}: each code object, then "OPNAME (l, el, c, ec)" per unit. */
    private static void allPositions(Code co, List<String> out) {
        out.add("code " + co.co_qualname);
        PyObject[] ps = co.coPositions().toArray();
        for (int u = 0; u < ps.length; u++) {
            out.add("  " + Opcode.info(co.co_code[2 * u] & 0xff).name() + " " + Abstract.repr(ps[u]).value());
        }
        for (PyObject k : co.co_consts) {
            if (k instanceof Code nested) {
                allPositions(nested, out);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyInstructionAsCPython() {
        return Stream.of(PositionCases.CASES).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            List<String> out = new ArrayList<>();
            allPositions(Compiler.compile(c[2], "f", c[1]), out);
            assertEquals(c[3], String.join("\n", out), c[0]);
        }));
    }

    @Test
    void generatorPrologueHasNoColumns() {
        Code m = Compiler.compile("def f():\n    yield 1\n", "t.py", "exec");
        Code f = (Code) m.co_consts[0];
        assertEquals("(1, 1, None, None)", Abstract.repr(f.coPositions().toArray()[0]).value());
    }

    @Test
    void positionsSurviveMarshal() {
        Code c = Compiler.compile("x = a.b(c) + d[1]\n", "t.py", "exec");
        Code back = (Code) Marshal.loads(Marshal.dumps(c));
        assertEquals(Abstract.repr(c.coPositions()).value(), Abstract.repr(back.coPositions()).value());
    }
}
