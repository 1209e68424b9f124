package org.minipy.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The VM on code compiled by CPython itself, compared with python3's output (needs python3). */
class VmDiffTest {
    @BeforeAll
    static void needPython() {
        assumeTrue(CPythonCode.available());
    }

    /** The programs in diff_snippets.txt (separated by lines "===="). */
    static java.util.stream.Stream<String> snippets() throws java.io.IOException {
        String all = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/java/org/minipy/vm/diff_snippets.txt"));
        return java.util.Arrays.stream(all.split("====\n"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("snippets")
    void snippetSameAsCPython(String src) throws Exception {
        // slow (python3 runs twice per program): on request, to tell VM bugs from compiler bugs
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("minipy.cpythonCode"));
        String expected = VmHarness.runCPython(src);
        org.junit.jupiter.api.Assumptions.assumeFalse(expected.contains("Error: ") && !expected.contains("Traceback"),
                "a syntax error: nothing to convert");
        assertEquals(expected, VmHarness.runMinipy(src, true));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("snippets")
    void snippetWithMinipyCompiler(String src) throws Exception {
        assertEquals(VmHarness.runCPython(src), VmHarness.runMinipy(src, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "def f(a, b=2):\n    return a + b\nprint(f(1), f(3, 4))\n",
        "x = 0\ni = 0\nwhile i < 10:\n    x += i\n    i += 1\nprint(x)\n",
        "def fib(n):\n    if n < 2:\n        return n\n    return fib(n-1) + fib(n-2)\nprint(fib(20))\n",
    })
    void sameAsCPython(String src) throws Exception {
        assertEquals(VmHarness.runCPython(src), VmHarness.runMinipy(src, true));
    }
}
