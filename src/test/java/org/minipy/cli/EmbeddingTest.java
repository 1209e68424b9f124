package org.minipy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipy.Interpreter;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyException;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyObject;

/** The Interpreter API as CLI.md's "Embedding in Java" shows it. */
class EmbeddingTest {
    @Test
    void execEvalCallGetSet() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        try (Interpreter py = Interpreter.builder().stdout(out).argv(List.of("app", "x")).path(List.of("/lib"))
                .build()) {
            py.exec("def sq(x):\n    return x * x\n");
            assertEquals("49", Abstract.repr(py.eval("sq(7)")).value());
            assertEquals("144", Abstract.repr(py.call("sq", 12)).value());
            py.set("n", PyInt.of(5));
            py.exec("m = n + 1\nimport sys\nprint(sys.argv, sys.path[1])");
            assertEquals("6", Abstract.repr(py.get("m")).value());
            PyObject sq = py.get("sq");
            assertEquals("9", Abstract.repr(py.callObject(sq, 3)).value());
            py.setArgv(List.of("other"));
            py.exec("print(sys.argv)");
            assertEquals("['app', 'x'] /lib\n['other']\n", buf.toString(StandardCharsets.UTF_8));
            PyException e = assertThrows(PyException.class, () -> py.eval("1 / 0"));
            assertEquals("ZeroDivisionError", e.value.getType().getName());
        }
    }

    @Test
    void stderrIsRedirected() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Interpreter py = Interpreter.builder().stderr(new PrintStream(err, true, StandardCharsets.UTF_8))
                .build()) {
            py.exec("import sys\nsys.stderr.write('oops\\n')");
        }
        assertEquals("oops\n", err.toString(StandardCharsets.UTF_8));
    }
}
