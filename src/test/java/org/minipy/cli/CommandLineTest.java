package org.minipy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of CLI.md with python3's conventions and exit statuses. */
class CommandLineTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void scriptArgvAndPath() throws IOException {
        write("s.py", "import sys\nprint(sys.argv)\nprint(sys.path[0] == '%s')\n".formatted(dir.toString()));
        CliRun r = CliRun.run(dir, "", "s.py", "-c", "x", "--dis");
        assertEquals("['s.py', '-c', 'x', '--dis']\nTrue\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void command() {
        CliRun r = CliRun.run("-c", "import sys; print(sys.argv, sys.path[0] == '')", "-x", "y");
        assertEquals("['-c', '-x', 'y'] True\n", r.out());
        assertEquals("['-c']\n", CliRun.run("-Bcimport sys; print(sys.argv)").out());
    }

    @Test
    void uncaughtExceptionIsStatusOne() {
        CliRun r = CliRun.run("-c", "def f():\n    1/0\nf()");
        assertEquals(1, r.status());
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"<string>\", line 3, in <module>\n"
                + "  File \"<string>\", line 2, in f\n"
                + "ZeroDivisionError: division by zero\n", r.err());
    }

    @Test
    void systemExit() {
        assertEquals(3, CliRun.run("-c", "import sys; sys.exit(3)").status());
        CliRun r = CliRun.run("-c", "raise SystemExit('bye')");
        assertEquals(1, r.status());
        assertEquals("bye\n", r.err());
        assertEquals(0, CliRun.run("-c", "exit()").status());
    }

    @Test
    void missingFileIsStatusTwo() {
        CliRun r = CliRun.run(dir, "", "nope.py");
        assertEquals(2, r.status());
        assertEquals("minipy: can't open file '" + dir.resolve("nope.py") + "': [Errno 2] No such file or directory\n",
                r.err());
    }

    @Test
    void usageErrors() {
        CliRun r = CliRun.run("-z");
        assertEquals(2, r.status());
        assertEquals("unknown option -z\n" + Options.USAGE + "\nTry `minipy -h' for more information.\n", r.err());
        assertEquals("unknown option --frobnicate\n", CliRun.run("--frobnicate").err().lines().findFirst().get() + "\n");
        CliRun c = CliRun.run("-c");
        assertEquals(2, c.status());
        assertTrue(c.err().startsWith("Argument expected for the -c option\n"));
        assertEquals(2, CliRun.run("-m").status());
        assertEquals(2, CliRun.run("--dis").status());
    }

    @Test
    void versionAndHelp() {
        assertEquals("minipy 1.0 (Python 3.11 subset)\n", CliRun.run("-V").out());
        assertEquals("minipy 1.0 (Python 3.11 subset)\n", CliRun.run("--version").out());
        assertTrue(CliRun.run("-h").out().startsWith(Options.USAGE));
        assertTrue(CliRun.run("--help").out().contains("--trace"));
    }

    @Test
    void pipedStdinRunsAsAProgram() {
        CliRun r = CliRun.run(Path.of(""), "import sys\nprint(sys.argv, sys.path[0] == '')\nx = 1\nx\n");
        assertEquals("[''] True\n", r.out(), "no echo, no prompts, no banner: like python3 < file");
        assertEquals("", r.err());
        CliRun d = CliRun.run(Path.of(""), "import sys\nprint(sys.argv)\n1/0\n", "-", "a");
        assertEquals("['-', 'a']\n", d.out());
        assertEquals(1, d.status());
        assertTrue(d.err().contains("File \"<stdin>\", line 3, in <module>"), d.err());
    }

    @Test
    void moduleOption() throws IOException {
        write("pk/__init__.py", "print('init pk')\n");
        write("pk/__main__.py", "import sys\nprint(__name__, sys.argv[1:])\n");
        write("pk/tool.py", "import sys\nprint(__name__, __package__, sys.argv[0].endswith('tool.py'))\n");
        write("solo.py", "print('solo', __name__)\n");
        assertEquals("init pk\n__main__ ['a']\n", CliRun.run(dir, "", "-m", "pk", "a").out());
        assertEquals("init pk\n__main__ pk True\n", CliRun.run(dir, "", "-m", "pk.tool").out());
        assertEquals("solo __main__\n", CliRun.run(dir, "", "-msolo").out());
        CliRun r = CliRun.run(dir, "", "-m", "absent");
        assertEquals(1, r.status());
        assertEquals("minipy: No module named absent\n", r.err());
    }

    @Test
    void inspectWithPipedStdinReadsStatements() throws IOException {
        write("s.py", "x = 40\n");
        CliRun r = CliRun.run(dir, "x + 2\nif x:\n    print('yes')\n\n", "-i", "s.py");
        assertEquals("42\nyes\n", r.out());
        assertEquals(">>> >>> ... ... >>> \n", r.err());
    }

    @Test
    void emptyLineEndsABlockButNotABracket() {
        CliRun r = CliRun.run(Path.of(""), "(1,\n\n2)\nif 1:\n\nprint('next')\n", "-i", "-q");
        assertEquals("(1, 2)\nnext\n", r.out());
        assertTrue(r.err().contains("IndentationError: expected an indented block after 'if' statement on line 1"),
                r.err());
    }

    @Test
    void promptsAreSysPs1AndPs2() {
        CliRun r = CliRun.run(Path.of(""), "import sys\nsys.ps1 = 'py> '\nif 1:\n  pass\n\n", "-i", "-q");
        assertEquals(">>> >>> py> ... ... py> \n", r.err());
    }

    @Test
    void javaTraceIsAcceptedAndHidden() {
        assertEquals("1\n", CliRun.run("--java-trace", "-c", "print(1)").out());
        assertTrue(!CliRun.run("-h").out().contains("java-trace"));
    }
}
