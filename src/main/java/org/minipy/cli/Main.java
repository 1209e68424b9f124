package org.minipy.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The command line: {@code java -jar minipy.jar [-B] [script.py | -c cmd] [args]}, with
 * {@code python3}'s conventions and exit statuses. stdout is buffered (flushed at exit and
 * before anything is written to stderr).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        var child = JvmRelaunch.childCommand(args);
        if (child.isPresent()) {
            int status = JvmRelaunch.run(child.get());
            if (status >= 0) {
                System.exit(status);
            }
        }
        System.exit(run(args));
    }

    /** Runs the command line; returns the exit status. */
    public static int run(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FlushingFirst(new FileOutputStream(FileDescriptor.err), out), true,
                StandardCharsets.UTF_8);
        try {
            return run(args, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        // the REPL (JLine) only when stdin is a terminal; otherwise stdin is a program, like python3 -
        return new Launcher(out, err, System.in, System.console() != null, Path.of("")).handleSignals().run(args);
    }

    /** stderr that flushes stdout before each write, so the two interleave as the program wrote them. */
    private static final class FlushingFirst extends OutputStream {
        private final OutputStream target;
        private final PrintStream first;

        FlushingFirst(OutputStream target, PrintStream first) {
            this.target = target;
            this.first = first;
        }

        @Override
        public void write(int b) throws IOException {
            first.flush();
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.flush();
            target.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }
    }
}
