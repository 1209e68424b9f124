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
 * The second tier through the Java API: interrupting compiled code, and code that stays in the
 * loop. Programs that move between the tiers are golden programs (programs/tiers/, run with
 * code compiled after two runs), and the whole corpus runs once with everything compiled.
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
