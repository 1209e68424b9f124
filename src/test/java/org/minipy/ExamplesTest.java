package org.minipy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every program of {@code examples/} runs in-process and prints what CPython printed for it
 * ({@code src/test/resources/examples/NAME.out}, recorded with python3).
 */
class ExamplesTest {
    static Stream<String> programs() {
        return Stream.of("hello.py", "fizzbuzz.py", "classes.py", "generators.py", "pkgdemo/main.py");
    }

    @ParameterizedTest
    @MethodSource("programs")
    void runsLikeCPython(String program) throws IOException {
        Path script = Path.of("examples", program);
        String name = program.contains("/") ? program.substring(0, program.indexOf('/')) : program.replace(".py", "");
        String expected = Files.readString(Path.of("src/test/resources/examples", name + ".out"), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (Interpreter py = Interpreter.builder()
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8))
                .argv(List.of(script.toString())).dontWriteBytecode(true).build()) {
            status = py.runMain(script);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8), program + " wrote to stderr");
        assertEquals(0, status);
        assertEquals(expected, out.toString(StandardCharsets.UTF_8), program);
    }
}
