package org.minipy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The dis module from Python: dis.dis on functions, classes, code and source; get_instructions; opmap. */
class DisModuleTest {
    private static String run(String program) {
        CliRun r = CliRun.run("-c", program);
        assertEquals("", r.err());
        return r.out();
    }

    @Test
    void disOfAFunctionReadsLikeCPython() {
        // the same instructions as CPython 3.11 (which adds PRECALL/CACHE entries, hence other offsets)
        assertEquals(""
                + "  2           0 RESUME                   0\n"
                + "\n"
                + "  3           2 LOAD_FAST                0 (a)\n"
                + "              4 LOAD_FAST                1 (b)\n"
                + "              6 BINARY_OP                0 (+)\n"
                + "              8 RETURN_VALUE\n",
                run("import dis\ndef add(a, b):\n    return a + b\ndis.dis(add)"));
    }

    @Test
    void disOfAClassShowsEachMethod() {
        String out = run("import dis\nclass C:\n    def m(self):\n        return 1\n    x = 5\n"
                + "    def a(self):\n        pass\ndis.dis(C)");
        assertEquals(true, out.startsWith("Disassembly of a:\n"), out);
        assertEquals(true, out.contains("\nDisassembly of m:\n"), out);
        assertEquals(false, out.contains("Disassembly of x"), out);
    }

    @Test
    void disOfSourceAndCode() {
        String src = run("import dis\ndis.dis('x = 1')");
        assertEquals("  0           0 RESUME                   0\n\n"
                + "  1           2 LOAD_CONST               0 (1)\n"
                + "              4 STORE_NAME               0 (x)\n"
                + "              6 LOAD_CONST               1 (None)\n"
                + "              8 RETURN_VALUE\n", src);
        assertEquals(src, run("import dis\ndis.dis(compile('x = 1', '<dis>', 'exec'))"));
    }

    @Test
    void getInstructions() {
        assertEquals("RESUME 151 0 0 '' 0 2 False\n"
                + "LOAD_FAST 124 0 'x' 'x' 2 3 False\n"
                + "RETURN_VALUE 83 None None '' 4 None False\n",
                run("import dis\ndef f(x):\n    return x\n"
                        + "for i in dis.get_instructions(f):\n"
                        + "    print(i.opname, i.opcode, i.arg, repr(i.argval), repr(i.argrepr), i.offset,"
                        + " i.starts_line, i.is_jump_target)"));
    }

    @Test
    void instructionPositionsAreCoPositions() {
        // python3 prints the same (its CACHE entries filtered out)
        assertEquals("RESUME Positions(lineno=2, end_lineno=2, col_offset=0, end_col_offset=0) 0\n"
                + "LOAD_FAST Positions(lineno=3, end_lineno=3, col_offset=11, end_col_offset=12) 12\n"
                + "LOAD_ATTR Positions(lineno=3, end_lineno=3, col_offset=11, end_col_offset=14) 14\n"
                + "LOAD_CONST Positions(lineno=3, end_lineno=3, col_offset=15, end_col_offset=16) 16\n"
                + "BINARY_SUBSCR Positions(lineno=3, end_lineno=3, col_offset=11, end_col_offset=17) 17\n"
                + "RETURN_VALUE Positions(lineno=3, end_lineno=3, col_offset=4, end_col_offset=17) 17\n",
                run("import dis\ndef f(x):\n    return x.y[0]\nfor i in dis.get_instructions(f):\n"
                        + "    print(i.opname, i.positions, i.positions.end_col_offset)"));
    }

    @Test
    void opnameAndOpmapComeFromTheOneTable() {
        assertEquals("LOAD_CONST 100 True 256\n",
                run("import dis\nprint(dis.opname[100], dis.opmap['LOAD_CONST'],"
                        + " all(dis.opname[v] == k for k, v in dis.opmap.items()), len(dis.opname))"));
    }

    @Test
    void disWithoutArgumentShowsWhereTheLastTracebackRaised() {
        assertEquals("no last traceback to disassemble\n", run("import dis\ntry:\n    dis.dis()\n"
                + "except RuntimeError as e:\n    print(e)"));
        String program = "import dis, sys\ndef f(a):\n    return a / 0\ntry:\n    f(1)\n"
                + "except ZeroDivisionError:\n    sys.last_traceback = sys.exc_info()[2]\n";
        String marked = "  2           0 RESUME                   0\n\n"
                + "  3           2 LOAD_FAST                0 (a)\n"
                + "              4 LOAD_CONST               1 (0)\n"
                + "    -->       6 BINARY_OP               11 (/)\n"
                + "              8 RETURN_VALUE\n";
        assertEquals(marked, run(program + "dis.dis()"));
        assertEquals(marked, run(program + "dis.distb(sys.last_traceback)"));
    }

    @Test
    void anUncaughtErrorBecomesTheLastTraceback() {
        // the REPL and the command line report through the same path, which keeps sys.last_*
        CliRun r = CliRun.run(java.nio.file.Path.of(""), "import dis\ndis.dis()\n", "-i", "-c",
                "def g():\n    return [][1]\ng()");
        assertEquals(true, r.err().contains("IndexError"), r.err());
        assertEquals(true, r.out().contains("-->       6 BINARY_SUBSCR"), r.out());
    }
}
