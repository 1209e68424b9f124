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
