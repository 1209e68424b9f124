package org.minipy.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minipy.Interpreter;

/**
 * The command line: {@code java -jar minipy.jar [-B] [script.py | -c cmd] [args]}, with
 * {@code python3}'s conventions and exit statuses. stdout is buffered (flushed at exit and
 * before anything is written to stderr).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
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
        boolean dontWriteBytecode = false;
        boolean javaTrace = false;
        int i = 0;
        String command = null;
        for (; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-B")) {
                dontWriteBytecode = true;
            } else if (a.equals("--java-trace")) {
                javaTrace = true;
            } else if (a.equals("-c")) {
                if (i + 1 >= args.length) {
                    err.println("Argument expected for the -c option");
                    return 2;
                }
                command = args[++i];
                i++;
                break;
            } else if (a.equals("-V") || a.equals("--version")) {
                out.println("minipy 1.0 (Python 3.11 subset)");
                return 0;
            } else if (a.startsWith("-") && !a.equals("-")) {
                err.println("unknown option " + a);
                err.println("usage: minipy [-B] [script.py | -c cmd] [args]");
                return 2;
            } else {
                break;
            }
        }
        List<String> argv = new ArrayList<>();
        if (command != null) {
            argv.add("-c");
        } else if (i < args.length) {
            argv.add(args[i++]);
        } else {
            err.println("usage: minipy [-B] [script.py | -c cmd] [args]");
            return 2;
        }
        for (; i < args.length; i++) {
            argv.add(args[i]);
        }
        String pathEnv = System.getenv("MINIPYPATH");
        List<String> path = new ArrayList<>();
        if (pathEnv != null && !pathEnv.isEmpty()) {
            path.addAll(List.of(pathEnv.split(java.io.File.pathSeparator)));
        }
        try (Interpreter py = Interpreter.builder().stdout(out).stderr(err).argv(argv).path(path)
                .dontWriteBytecode(dontWriteBytecode).javaTrace(javaTrace).build()) {
            if (command != null) {
                return py.runCommand(command);
            }
            return py.runMain(Path.of(argv.get(0)));
        }
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
