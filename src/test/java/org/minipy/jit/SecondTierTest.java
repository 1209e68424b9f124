package org.minipy.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.minipy.Interpreter;
import org.minipy.code.Code;
import org.minipy.code.Decoder;
import org.minipy.objects.PyObject;

/**
 * The second tier end to end: code moving between the eval loop and compiled classes while it
 * runs, and what stays in the loop. (The golden corpus runs once with everything compiled.)
 */
class SecondTierTest {

    private static String run(int threshold, String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Interpreter py = Interpreter.builder().compileThreshold(threshold)
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(out, true, StandardCharsets.UTF_8)).build()) {
            py.runSource(source, "<test>");
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLoopStartedInTheEvalLoopGoesOnCompiled() {
        // the module body runs once: it moves over at a backward jump, mid-loop, with live stack items
        String src = "t = 0\nfor i in range(100000):\n    t += i % 7\nprint(t)\n";
        assertEquals("299995\n", run(3, src)); // python3 prints 299995
    }

    @Test
    void aGeneratorSuspendedInOneTierResumesInTheOther() {
        String src = String.join("\n",
                "def gen():",
                "    try:",
                "        for i in range(5):",
                "            x = yield i",
                "            if x: print('sent', x)",
                "    finally:",
                "        print('closed')",
                "g = gen()",
                "print(next(g), next(g))",
                "def hot(): pass",
                "for _ in range(10): hot()",
                "print(g.send('a'))",
                "print(g.throw(ValueError) if False else next(g))",
                "g.close()",
                "");
        String expected = "0 1\nsent a\n2\n3\nclosed\n";
        assertEquals(expected, run(-1, src));
        assertEquals(expected, run(0, src));
        assertEquals(expected, run(2, src));
    }

    @Test
    void exceptionsFindTheirHandlersAndTracebacksTheirLines() {
        String src = String.join("\n",
                "def f(x):",
                "    try:",
                "        return 10 // x",
                "    except ZeroDivisionError as e:",
                "        return str(e)",
                "    finally:",
                "        pass",
                "print([f(i) for i in (2, 0, 5)])",
                "def g(n):",
                "    if n == 0:",
                "        raise KeyError('deep')",
                "    return g(n - 1)",
                "g(3)",
                "");
        String out = run(0, src);
        assertEquals(run(-1, src), out);
        assertEquals("[5, 'integer division or modulo by zero', 2]\n"
                + "Traceback (most recent call last):\n"
                + "  File \"<test>\", line 13, in <module>\n"
                + "  File \"<test>\", line 12, in g\n"
                + "  File \"<test>\", line 12, in g\n"
                + "  File \"<test>\", line 12, in g\n"
                + "  File \"<test>\", line 11, in g\n"
                + "KeyError: 'deep'\n", out);
    }

    @Test
    void deepRecursionInCompiledCodeIsARecursionError() {
        String src = "def f(n): return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\n";
        assertEquals("maximum recursion depth exceeded\n", run(0, src));
    }

    @Test
    void anInterruptStopsACompiledLoop() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Interpreter py = Interpreter.builder().compileThreshold(0)
                    .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                    .stderr(new PrintStream(out, true, StandardCharsets.UTF_8)).build()) {
                Thread stopper = new Thread(() -> {
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        return;
                    }
                    py.interrupt();
                });
                stopper.start();
                py.runSource("try:\n    while True: pass\nexcept KeyboardInterrupt:\n    print('stopped')\n", "<test>");
                stopper.join();
            }
            assertEquals("stopped\n", out.toString(StandardCharsets.UTF_8));
        });
    }

    @Test
    void codeTooLargeForHotSpotStaysInTheLoop() {
        StringBuilder big = new StringBuilder("def big(x):\n");
        for (int i = 0; i < 1500; i++) {
            big.append("    x = x + ").append(i).append('\n');
        }
        big.append("    return x\n");
        try (Interpreter py = Interpreter.builder().build()) {
            Code module = py.state().compile(big.toString(), "<test>", "exec");
            Code fn = null;
            for (PyObject c : module.co_consts) {
                if (c instanceof Code code) {
                    fn = code;
                }
            }
            assertNotNull(fn);
            assertNull(FunctionCompiler.compile(fn, Decoder.decode(fn), "org/minipy/vm/Compiled$big"));
        }
        big.append("print(big(0))\n");
        assertEquals(1500 * 1499 / 2 + "\n", run(0, big.toString()));
    }

    @Test
    void smallCodeCompiles() {
        try (Interpreter py = Interpreter.builder().build()) {
            Code module = py.state().compile("x = 1\nprint(x)\n", "<test>", "exec");
            assertNotNull(FunctionCompiler.compile(module, Decoder.decode(module), "org/minipy/vm/Compiled$m"));
        }
    }
}
