package org.minipy.golden;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.minipy.Interpreter;

/**
 * Runs every program of the golden corpus ({@code programs/<feature>/<name>.py} on the test
 * classpath) in-process and compares stdout, stderr and exit status with the files CPython 3.11
 * produced ({@code tools/record-goldens}): {@code <name>.out}, {@code <name>.err} (absent = empty),
 * {@code <name>.exit} (absent = 0).
 *
 * <p>Both sides are normalised the same way: the absolute path of the program's folder is removed
 * (CPython prints {@code File "/abs/dir/x.py"}, the goldens hold {@code File "x.py"}). Caret lines
 * under traceback source lines are compared like any other line.
 *
 * <p>The corpus runs twice: as a user's program runs (code in the eval loop until it is hot),
 * and with every code object compiled to a JVM class before its first instruction (the second
 * tier, {@code compiledPrograms}), so that both tiers are held to CPython's output. The
 * {@code tiers/} programs run a third time with code compiled after two runs, so that frames
 * move between the tiers while they run ({@code tierSwitchingPrograms}).
 *
 * <p>{@code -Dgolden.filter=lists/} runs only programs whose "feature/name" contains the string.
 */
class GoldenProgramsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TestFactory
    Stream<DynamicTest> goldenPrograms() throws IOException {
        return corpus(null);
    }

    @TestFactory
    Stream<DynamicTest> compiledPrograms() throws IOException {
        return corpus(0);
    }

    @TestFactory
    Stream<DynamicTest> tierSwitchingPrograms() throws IOException {
        return corpus(2, "tiers/");
    }

    private static Stream<DynamicTest> corpus(Integer compileThreshold) throws IOException {
        return corpus(compileThreshold, "");
    }

    /** The corpus's tests under {@code folder} (all if empty), run with the given compile threshold (null: the default). */
    private static Stream<DynamicTest> corpus(Integer compileThreshold, String folder) throws IOException {
        Path root = corpusRoot();
        String filter = System.getProperty("golden.filter", "");
        List<Path> programs;
        try (Stream<Path> files = Files.walk(root, 2)) {
            programs = files.filter(p -> root.relativize(p).getNameCount() == 2)
                    .filter(p -> p.getFileName().toString().endsWith(".py"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .filter(p -> displayName(root, p).startsWith(folder))
                    .filter(p -> displayName(root, p).contains(filter))
                    .sorted()
                    .collect(Collectors.toList());
        }
        if (programs.isEmpty()) {
            fail("no golden programs under " + root + (filter.isEmpty() ? "" : " matching " + filter));
        }
        return programs.stream()
                .map(p -> DynamicTest.dynamicTest(displayName(root, p), p.toUri(),
                        () -> assertTimeoutPreemptively(TIMEOUT, () -> check(p, compileThreshold))));
    }

    private static String displayName(Path root, Path program) {
        Path rel = root.relativize(program);
        String name = rel.getFileName().toString();
        return rel.getName(0) + "/" + name.substring(0, name.length() - ".py".length());
    }

    private static Path corpusRoot() {
        URL url = GoldenProgramsTest.class.getClassLoader().getResource("programs");
        if (url == null) {
            throw new IllegalStateException("resource folder 'programs' not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(Path program, Integer compileThreshold) {
        Path dir = program.getParent().toAbsolutePath();
        String fileName = program.getFileName().toString();
        String base = fileName.substring(0, fileName.length() - ".py".length());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        Interpreter.Builder builder = Interpreter.builder();
        if (compileThreshold != null) {
            builder.compileThreshold(compileThreshold);
        }
        try (Interpreter py = builder
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8))
                .argv(List.of(fileName))
                .workingDirectory(dir)
                .dontWriteBytecode(true)
                .build()) {
            status = py.runMain(Path.of(fileName));
        }

        String actualOut = normalise(out.toString(StandardCharsets.UTF_8), dir);
        String actualErr = normalise(err.toString(StandardCharsets.UTF_8), dir);
        String expectedOut = read(dir.resolve(base + ".out"), "");
        String expectedErr = read(dir.resolve(base + ".err"), "");
        int expectedStatus = Integer.parseInt(read(dir.resolve(base + ".exit"), "0").trim());

        List<String> problems = new ArrayList<>();
        if (!expectedOut.equals(actualOut)) {
            problems.add("stdout differs:\n" + diff(expectedOut, actualOut));
        }
        if (!expectedErr.equals(actualErr)) {
            problems.add("stderr differs:\n" + diff(expectedErr, actualErr));
        }
        if (expectedStatus != status) {
            problems.add("exit status: expected " + expectedStatus + " but was " + status);
        }
        if (!problems.isEmpty()) {
            fail(fileName + ":\n" + String.join("\n", problems));
        }
    }

    /** The same normalisation tools/record-goldens applies to CPython's output. */
    static String normalise(String text, Path dir) {
        String s = text.replace("\r\n", "\n");
        for (String prefix : folderPrefixes(dir)) {
            s = s.replace(prefix, "");
        }
        return s;
    }

    private static List<String> folderPrefixes(Path dir) {
        List<String> prefixes = new ArrayList<>();
        prefixes.add(dir.toString() + dir.getFileSystem().getSeparator());
        try {
            String real = dir.toRealPath().toString() + dir.getFileSystem().getSeparator();
            if (!prefixes.contains(real)) {
                prefixes.add(real);
            }
        } catch (IOException ignored) {
            // the folder exists (the program was found in it); keep the plain prefix only
        }
        return prefixes;
    }

    private static String read(Path file, String absent) {
        if (!Files.exists(file)) {
            return absent;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line diff: the first differing line with some context, then both texts' line counts. */
    static String diff(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int first = 0;
        while (first < e.length && first < a.length && e[first].equals(a[first])) {
            first++;
        }
        StringBuilder b = new StringBuilder();
        b.append("  first difference at line ").append(first + 1).append('\n');
        int from = Math.max(0, first - 3);
        for (int i = from; i < first; i++) {
            b.append("    ").append(e[i]).append('\n');
        }
        int shown = 8;
        for (int i = first; i < Math.min(e.length, first + shown); i++) {
            b.append("  - ").append(visible(e[i])).append('\n');
        }
        for (int i = first; i < Math.min(a.length, first + shown); i++) {
            b.append("  + ").append(visible(a[i])).append('\n');
        }
        b.append("  (expected ").append(e.length).append(" lines, got ").append(a.length).append(')');
        return b.toString();
    }

    private static String visible(String line) {
        return line.replace("\t", "\\t").replace("\r", "\\r") + (line.endsWith(" ") ? "⏎" : "");
    }
}
