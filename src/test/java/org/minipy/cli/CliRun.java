package org.minipy.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command line in-process with captured streams (stdin is not a terminal). */
record CliRun(int status, String out, String err) {
    static CliRun run(Path cwd, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = new Launcher(o, e, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, cwd)
                .run(args);
        o.flush();
        e.flush();
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CliRun run(String... args) {
        return run(Path.of(""), "", args);
    }
}
