package org.minipy.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.minipy.code.Code;
import org.minipy.code.Disassembler;
import org.minipy.objects.PyObject;

/**
 * Compares the code objects minipy compiles with CPython 3.11's for the programs in
 * {@link GoldenCases}: instruction names, arguments and their meaning (jump distances and
 * constant indices aside, as minipy has no inline caches), line starts, stack sizes, flags,
 * variable names and exception-table depths.
 */
class CompilerGoldenTest {

    static String normalize(Code co) {
        List<String> out = new ArrayList<>();
        normalize(co, out);
        return String.join("\n", out);
    }

    private static void normalize(Code co, List<String> out) {
        out.add("code " + co.co_qualname + " argc=" + co.co_argcount + " posonly=" + co.co_posonlyargcount
                + " kwonly=" + co.co_kwonlyargcount + " flags=" + co.co_flags + " stack=" + co.co_stacksize
                + " first=" + co.co_firstlineno);
        out.add("  names=" + String.join(",", co.co_names) + " varnames=" + String.join(",", co.co_varnames)
                + " cells=" + String.join(",", co.co_cellvars) + " free=" + String.join(",", co.co_freevars));
        for (Disassembler.Instruction in : Disassembler.instructions(co)) {
            String op = in.opname();
            String arg = in.arg() < 0 ? "" : String.valueOf(in.arg());
            String rep = in.argrepr();
            if (op.contains("JUMP") || op.equals("FOR_ITER") || op.equals("SEND")) {
                arg = "";
                rep = rep.replaceAll("to \\d+", "to X");
            }
            if (op.equals("LOAD_CONST") || op.equals("KW_NAMES")) {
                arg = "";
            }
            rep = rep.replaceAll(" at 0x[0-9a-f]+", "");
            out.add("  " + (in.startsLine() == null ? "" : in.startsLine()) + "|" + op + "|" + arg + "|" + rep);
        }
        int[] t = co.exceptionTable;
        for (int i = 0; i < t.length; i += 5) {
            out.add("  exc [" + t[i + 3] + "]" + (t[i + 4] != 0 ? " lasti" : ""));
        }
        for (PyObject k : co.co_consts) {
            if (k instanceof Code nested) {
                normalize(nested, out);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> matchesCPython() {
        return Stream.of(GoldenCases.CASES).map(c -> DynamicTest.dynamicTest(c[0], () -> {
            Code co = Compiler.compile(c[2], "f", c[1]);
            assertEquals(c[3], normalize(co), c[0]);
        }));
    }
}
