package org.minipy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipy.Interpreter;

/** {@code -m}: Interpreter.runModule with runpy's semantics and messages; MINIPYPATH. */
class RunModuleTest {
    @TempDir
    Path dir;

    static final String TOOL = "import sys\nprint(__name__, __spec__.name, repr(__package__), __file__ == sys.argv[0], sys.argv[1:])\n";

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(dir.resolve("pk/sub"));
        Files.createDirectories(dir.resolve("pk2"));
        Files.writeString(dir.resolve("tool.py"), TOOL);
        Files.writeString(dir.resolve("pk/__main__.py"), TOOL);
        Files.writeString(dir.resolve("pk/sub/m.py"), TOOL);
        for (String p : new String[] {"pk/__init__.py", "pk2/__init__.py", "pk/sub/__init__.py"}) {
            Files.writeString(dir.resolve(p), "");
        }
        Files.writeString(dir.resolve("boom.py"), "def f():\n    1 / 0\nf()\n");
    }

    private String run(String module) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (Interpreter py = Interpreter.builder().stdout(ps).stderr(ps).workingDirectory(dir)
                .argv(List.of("", "a", "b")).build()) {
            int rc = py.runModule(module);
            return out.toString(StandardCharsets.UTF_8) + "rc=" + rc;
        }
    }

    @Test
    void moduleAndPackageAndSubmodule() {
        assertEquals("__main__ tool '' True ['a', 'b']\nrc=0", run("tool"));
        assertEquals("__main__ pk.__main__ 'pk' True ['a', 'b']\nrc=0", run("pk"));
        assertEquals("__main__ pk.sub.m 'pk.sub' True ['a', 'b']\nrc=0", run("pk.sub.m"));
    }

    @Test
    void errorsAsRunpy() {
        assertEquals("minipy: No module named nosuch\nrc=1", run("nosuch"));
        assertEquals("minipy: No module named pk2.__main__; 'pk2' is a package and cannot be directly executed\nrc=1",
                run("pk2"));
        assertEquals("minipy: No module named pk.nosuch\nrc=1", run("pk.nosuch"));
        String tb = run("boom");
        assertEquals(true, tb.startsWith("Traceback (most recent call last):\n"), tb);
        assertEquals(true, tb.endsWith("ZeroDivisionError: division by zero\nrc=1"), tb);
    }

    @Test
    void minipypathEntriesFollowPathZero() {
        try (Py py = new Py(dir)) {
            py.sys().addEnvironmentPath("/x/one::/x/two");
            assertEquals("['/x/one', '/x/two']\n", py.run("import sys\nprint(sys.path[1:3])"));
        }
    }

    @Test
    void minipypathFromTheEnvironment() throws Exception {
        Path lib = dir.resolve("lib");
        Files.createDirectories(lib);
        Files.writeString(lib.resolve("fromlib.py"), "WHERE = 'lib'\n");
        Files.writeString(dir.resolve("main.py"), "import sys, fromlib\nprint(fromlib.WHERE, sys.path[1] == sys.argv[1])\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.minipy.cli.Main", "main.py", lib.toString()).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("MINIPYPATH", lib.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals("lib True\n", out);
    }
}
