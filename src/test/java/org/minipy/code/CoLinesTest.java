package org.minipy.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.minipy.compile.Compiler;
import org.minipy.objects.Abstract;
import org.junit.jupiter.api.Test;

class CoLinesTest {
    private static Code function(String src) {
        Code module = Compiler.compile(src, "t.py", "exec");
        for (Object c : module.co_consts) {
            if (c instanceof Code code) {
                return code;
            }
        }
        throw new AssertionError("no function");
    }

    @Test
    void oneRangePerInstructionWithItsLine() {
        Code f = function("def f(a, b=2):\n    x = a + b\n    return x\n");
        // CPython 3.11 gives the same lines; its ranges are wider where inline caches follow
        assertEquals("[(0, 2, 1), (2, 4, 2), (4, 6, 2), (6, 8, 2), (8, 10, 2), (10, 12, 3), (12, 14, 3)]",
                Abstract.repr(f.coLines()).value());
    }

    @Test
    void extendedArgBelongsToItsInstruction() {
        StringBuilder src = new StringBuilder("def f():\n    x = 0\n");
        for (int i = 0; i < 300; i++) {
            src.append("    x = x + ").append(i * 7 + 1000).append('\n');
        }
        Code f = function(src.toString());
        int units = f.co_code.length / 2;
        int covered = 0;
        for (var t : f.coLines().toArray()) {
            var items = ((org.minipy.objects.PyTuple) t).items();
            long start = Abstract.indexAsInt(items[0]), end = Abstract.indexAsInt(items[1]);
            assertEquals(covered, start);
            if ((f.co_code[(int) end - 2] & 0xff) == Opcode.EXTENDED_ARG) {
                throw new AssertionError("range ends on EXTENDED_ARG at " + end);
            }
            covered = (int) end;
        }
        assertEquals(units * 2, covered);
    }
}
