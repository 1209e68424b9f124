package org.minipy.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minipy.Interpreter;
import org.minipy.objects.PyException;

/**
 * Runs a parsed command line (see {@link Options}): a script, {@code -c}, {@code -m}, stdin, the
 * REPL, or one of the teaching views, with python3's exit statuses (0, 1 for an uncaught
 * exception, 2 for a usage error or an unreadable file).
 */
public final class Launcher {
    static final String VERSION = "minipy 1.0 (Python 3.11 subset)";

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final boolean interactiveTerminal;
    private final Path cwd;
    /** Whether Ctrl-C (SIGINT) may be handled: only for the real process, not in-process tests. */
    private boolean installSignals;

    /**
     * @param interactiveTerminal whether stdin is a terminal (the REPL then uses JLine; otherwise
     *                            stdin is read as a program, like {@code python3 -})
     */
    public Launcher(PrintStream out, PrintStream err, InputStream in, boolean interactiveTerminal, Path cwd) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.interactiveTerminal = interactiveTerminal;
        this.cwd = cwd.toAbsolutePath();
    }

    /** Lets Ctrl-C raise KeyboardInterrupt in a running script (the process's own command line only). */
    public Launcher handleSignals() {
        installSignals = true;
        return this;
    }

    /** Runs the command line {@code argv}; returns the exit status. */
    public int run(String[] argv) {
        Options o;
        try {
            o = Options.parse(argv);
        } catch (Options.UsageError e) {
            out.flush();
            err.println(e.getMessage());
            err.println(Options.USAGE);
            err.println("Try `minipy -h' for more information.");
            return 2;
        }
        switch (o.mode) {
            case VERSION:
                out.println(VERSION);
                return 0;
            case HELP:
                out.print(Options.HELP);
                return 0;
            case TOKENS:
            case AST:
            case DIS:
                return view(o);
            default:
                return runProgram(o);
        }
    }

    private int view(Options o) {
        String source = read(o.target);
        if (source == null) {
            return 2;
        }
        try {
            String text = o.mode == Options.Mode.TOKENS ? Views.tokens(source, o.target)
                    : o.mode == Options.Mode.AST ? Views.ast(source, o.target) : Views.dis(source, o.target);
            out.print(text);
            return 0;
        } catch (PyException e) {
            try (Interpreter py = builder(o, List.of(o.target)).build()) {
                return py.reportException(e);
            }
        }
    }

    /** The file's text, or null after printing python3's "can't open file" message. */
    private String read(String file) {
        Path abs = cwd.resolve(file).normalize();
        try {
            return Files.readString(abs, StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.flush();
            err.println("minipy: can't open file '" + abs + "': [Errno 2] No such file or directory");
            return null;
        }
    }

    private Interpreter.Builder builder(Options o, List<String> argv) {
        // a program reading the terminal can be interrupted by Ctrl-C (the REPL reads it with JLine)
        boolean interruptible = interactiveTerminal && o.mode != Options.Mode.REPL && !o.inspect;
        return Interpreter.builder().stdout(out).stderr(err).stdin(interruptible ? new InterruptibleInput(in) : in)
                .argv(argv).path(envPath()).lineBuffered(interactiveTerminal)
                .workingDirectory(cwd).dontWriteBytecode(o.dontWriteBytecode).javaTrace(o.javaTrace);
    }

    private static List<String> envPath() {
        String env = System.getenv("MINIPYPATH");
        List<String> path = new ArrayList<>();
        if (env != null && !env.isEmpty()) {
            path.addAll(List.of(env.split(java.io.File.pathSeparator)));
        }
        return path;
    }

    private int runProgram(Options o) {
        List<String> argv = new ArrayList<>();
        switch (o.mode) {
            case SCRIPT:
            case TRACE:
                argv.add(o.target);
                break;
            case COMMAND:
                argv.add("-c");
                break;
            case STDIN:
                argv.add("-");
                break;
            default:
                argv.add("");
                break;
        }
        argv.addAll(o.args);
        boolean repl = o.mode == Options.Mode.REPL && interactiveTerminal;
        try (Interpreter py = builder(o, argv).build()) {
            if (installSignals && !repl) {
                SigInt.install(py);
            }
            int status;
            switch (o.mode) {
                case SCRIPT:
                    status = py.runMain(Path.of(o.target));
                    break;
                case TRACE: {
                    py.state().setTracer(new InstructionTracer(out, py.state()));
                    status = py.runMain(Path.of(o.target));
                    py.state().setTracer(null);
                    break;
                }
                case COMMAND:
                    status = py.runCommand(o.target);
                    break;
                case MODULE:
                    status = py.runModule(o.target);
                    break;
                default:
                    if (repl) {
                        return interactive(py, o, true);
                    }
                    if (o.inspect && o.mode == Options.Mode.REPL) {
                        return interactive(py, o, false);
                    }
                    status = py.runSource(readAll(), "<stdin>");
                    break;
            }
            if (o.inspect && status != 2) {
                return interactive(py, o, interactiveTerminal);
            }
            return status;
        }
    }

    private String readAll() {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The REPL on {@code py}'s {@code __main__}: JLine on a terminal, plain lines otherwise. */
    private int interactive(Interpreter py, Options o, boolean terminal) {
        if (!o.quiet && (o.mode == Options.Mode.REPL)) {
            out.flush();
            err.println(Repl.BANNER);
        }
        Repl repl = new Repl(py, out, err);
        if (terminal) {
            try (JLineInput input = new JLineInput(py::interrupt)) {
                py.state().setConsoleReader(input.forInput());
                return repl.run(input);
            } catch (IOException e) {
                err.println("minipy: cannot open the terminal: " + e.getMessage());
                return 1;
            }
        }
        return repl.run(Repl.plain(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), err));
    }
}
