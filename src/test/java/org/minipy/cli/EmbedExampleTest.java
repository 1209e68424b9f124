package org.minipy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** examples/embedding/Embed.java still compiles against the API and prints what it says. */
class EmbedExampleTest {
    @Test
    void embedExampleRuns() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "examples/embedding/Embed.java").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals("eval: 49, call: 144, squares: [0, 1, 4, 9, 16]\n"
                + "Python printed: ['embedded', '--verbose'] [0, 1, 4, 9, 16]\n"
                + "hello, world / area = 42\n", out);
        assertEquals(0, p.exitValue());
    }
}
