package org.minipy.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.minipy.Interpreter;
import org.minipy.objects.PyException;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;

/** The embedding API, recursion limits, and isolation between interpreters. */
class VmApiTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Interpreter interpreter() {
        Interpreter py = Interpreter.builder().stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).build();
        VmHarness.ensurePrint(py.state());
        return py;
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void execEvalGetSetCall() {
        try (Interpreter py = interpreter()) {
            py.exec("def sq(x):\n    return x * x\ny = 6\n");
            assertEquals(49L, ((PyInt) py.eval("sq(7)")).value);
            assertEquals(6L, ((PyInt) py.get("y")).value);
            py.set("z", PyStr.of("hi"));
            py.exec("print(z, sq(y))");
            assertEquals("hi 36\n", out());
            assertEquals(9L, ((PyInt) py.call("sq", 3)).value);
            assertNull(py.get("nothing"));
        }
    }

    @Test
    void pythonExceptionsReachJavaAsPyException() {
        try (Interpreter py = interpreter()) {
            PyException e = assertThrows(PyException.class, () -> py.exec("raise KeyError('k')"));
            assertTrue(e.matches(PyExc.KeyError));
            PyException s = assertThrows(PyException.class, () -> py.exec("x = = 1"));
            assertTrue(s.matches(PyExc.SyntaxError));
        }
    }

    @Test
    void twoInterpretersShareNothing() {
        try (Interpreter a = interpreter(); Interpreter b = interpreter()) {
            a.exec("x = 1\nimport sys\nsys.marker = 'a'");
            b.exec("x = 2");
            assertEquals(1L, ((PyInt) a.get("x")).value);
            assertEquals(2L, ((PyInt) b.get("x")).value);
            b.exec("import sys\nm = getattr(sys, 'marker', None)");
            assertEquals("None", b.get("m").toString());
            assertTrue(a.state().sys() != b.state().sys());
        }
    }

    @Test
    void recursionErrorIsCatchable() {
        try (Interpreter py = interpreter()) {
            py.exec("def r(n):\n    return r(n + 1)\ntry:\n    r(0)\nexcept RecursionError as e:\n    print(e)\n");
            assertEquals("maximum recursion depth exceeded\n", out());
        }
    }

    @Test
    void deepRecursionWithRaisedLimit() {
        try (Interpreter py = interpreter()) {
            py.exec("import sys\nsys.setrecursionlimit(100000)\n"
                    + "def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(90000))\n");
            assertEquals("90000\n", out());
        }
    }

    @Test
    void runMainReportsTracebackAndStatus() throws Exception {
        Path dir = Files.createTempDirectory("minipy-api");
        Files.writeString(dir.resolve("m.py"), "def f():\n    return 1 + None\nf()\n");
        try (Interpreter py = Interpreter.builder().stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).workingDirectory(dir).build()) {
            assertEquals(1, py.runMain(Path.of("m.py")));
        }
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + dir.resolve("m.py") + "\", line 3, in <module>\n    f()\n"
                + "  File \"" + dir.resolve("m.py") + "\", line 2, in f\n    return 1 + None\n"
                + "           ~~^~~~~~\n"
                + "TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void missingScript() {
        try (Interpreter py = interpreter()) {
            assertEquals(2, py.runMain(Path.of("/nonexistent/x.py")));
            assertEquals("minipy: can't open file '/nonexistent/x.py': [Errno 2] No such file or directory\n",
                    err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void systemExitStatus() throws Exception {
        Path dir = Files.createTempDirectory("minipy-api");
        Files.writeString(dir.resolve("a.py"), "raise SystemExit(3)\n");
        Files.writeString(dir.resolve("b.py"), "raise SystemExit('bye')\n");
        Files.writeString(dir.resolve("c.py"), "raise SystemExit\n");
        for (String[] c : new String[][] {{"a.py", "3", ""}, {"b.py", "1", "bye\n"}, {"c.py", "0", ""}}) {
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            try (Interpreter py = Interpreter.builder().stderr(new PrintStream(e, true, StandardCharsets.UTF_8))
                    .workingDirectory(dir).build()) {
                assertEquals(Integer.parseInt(c[1]), py.runMain(Path.of(c[0])));
            }
            assertEquals(c[2], e.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void javaValuesConvert() {
        assertEquals("'s'", Interpreter.toPython("s").repr().value());
        assertEquals("True", Interpreter.toPython(true).repr().value());
        assertEquals("None", Interpreter.toPython(null).repr().value());
        PyObject f = Interpreter.toPython(1.5);
        assertEquals("1.5", f.repr().value());
    }
}
