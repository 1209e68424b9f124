package org.minipy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The programs in src/test/resources/imports/: output as CPython's, from source and from the cache. */
class ImportProgramsTest {
    static final Path CASES = Path.of("src/test/resources/imports");

    @TempDir
    Path tmp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (!p.getFileName().toString().equals("expected.txt")) {
                    Files.copy(p, t);
                }
            }
        }
    }

    private static String run(Path dir) {
        try (Py py = new Py(dir)) {
            py.interp.runMain(dir.resolve("main.py"));
            return py.out.toString(StandardCharsets.UTF_8) + py.err.toString(StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void programMatchesCPython(String name) throws IOException {
        Path dir = tmp.resolve(name);
        copy(CASES.resolve(name), dir);
        String expected = Files.readString(CASES.resolve(name).resolve("expected.txt"));
        assertEquals(expected, run(dir), "from source");
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> pycs = s.filter(p -> p.toString().endsWith(".pyc")).toList();
            assertTrue(!pycs.isEmpty(), "cache files written");
        }
        assertEquals(expected, run(dir), "from the cache");
    }
}
