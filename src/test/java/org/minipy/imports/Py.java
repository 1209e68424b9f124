package org.minipy.imports;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.minipy.Interpreter;

/** A test interpreter in a folder, capturing stdout and stderr. */
final class Py implements AutoCloseable {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final Interpreter interp;
    final Path dir;

    Py(Path dir) {
        this(dir, false);
    }

    Py(Path dir, boolean dontWriteBytecode) {
        this.dir = dir;
        this.interp = Interpreter.builder()
                .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8))
                .workingDirectory(dir)
                .path(List.of(dir.toString()))
                .dontWriteBytecode(dontWriteBytecode)
                .build();
    }

    ImportSystem sys() {
        return interp.state().importer.system;
    }

    /** Runs statements in __main__ and returns what they printed since the last call. */
    String run(String src) {
        interp.exec(src);
        String s = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return s;
    }

    String eval(String expr) {
        return interp.eval(expr).toString();
    }

    @Override
    public void close() {
        interp.close();
    }
}
