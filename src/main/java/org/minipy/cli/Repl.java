package org.minipy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.minipy.Interpreter;
import org.minipy.objects.PyException;
import org.minipy.objects.PyExc;
import org.minipy.parse.Parser;

/**
 * The read-eval-print loop (CPython's interactive mode): {@code >>> } and {@code ... } prompts,
 * a block is collected until the input is complete ({@link Parser#isIncomplete}; a compound
 * statement ends with an empty line), compiled in 'single' mode so that expression values are
 * echoed by sys.displayhook, and run in {@code __main__}. Tracebacks are printed and the loop
 * goes on; SystemExit (exit(), quit()) and end of input leave it.
 */
final class Repl {
    static final String BANNER = "minipy 1.0 (Python 3.11 subset) on " + platform() + "\n"
            + "Type \"exit()\" or press Ctrl-D to leave.";

    /** Where input lines come from: a JLine terminal, or plain stdin. */
    interface LineInput extends AutoCloseable {
        /** The next line without its newline, or null at end of input. */
        String readLine(String prompt) throws Interrupted, IOException;

        /** Called (from the loop thread) when code starts and ends running, for Ctrl-C handling. */
        default void running(boolean on) {
        }

        @Override
        default void close() {
        }
    }

    /** Ctrl-C while a line was being edited. */
    static final class Interrupted extends Exception {
        Interrupted() {
            super(null, null, false, false);
        }
    }

    private final Interpreter py;
    private final PrintStream out;
    private final PrintStream err;

    Repl(Interpreter py, PrintStream out, PrintStream err) {
        this.py = py;
        this.out = out;
        this.err = err;
    }

    /** Runs the loop until end of input or SystemExit; returns the exit status. */
    int run(LineInput in) {
        org.minipy.objects.PyDict sys = py.state().sys().getDict();
        if (sys.getItem("ps1") == null) {
            sys.setItem("ps1", org.minipy.objects.PyStr.of(">>> "));
        }
        if (sys.getItem("ps2") == null) {
            sys.setItem("ps2", org.minipy.objects.PyStr.of("... "));
        }
        List<String> lines = new ArrayList<>();
        while (true) {
            String line;
            try {
                line = in.readLine(lines.isEmpty() ? prompt("ps1", ">>> ") : prompt("ps2", "... "));
            } catch (Interrupted e) {
                out.flush();
                err.println("KeyboardInterrupt");
                lines.clear();
                continue;
            } catch (IOException e) {
                return 0;
            }
            if (line == null) {
                err.println();
                return 0;
            }
            if (lines.isEmpty() && line.isBlank()) {
                continue;
            }
            lines.add(line);
            String source = String.join("\n", lines);
            if (continues(source, lines.size() > 1 && line.isBlank())) {
                continue;
            }
            lines.clear();
            Integer status = runOne(source + "\n", in);
            if (status != null) {
                return status;
            }
        }
    }

    /** Runs one complete input; returns an exit status when the REPL must end, else null. */
    private Integer runOne(String source, LineInput in) {
        in.running(true);
        try {
            py.execInteractive(source, "<stdin>");
            return null;
        } catch (PyException e) {
            int status = py.reportException(e);
            if (e.value.getType().isSubtypeOf(PyExc.SystemExit)) {
                return status;
            }
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            out.flush();
            err.println("minipy internal error: " + e);
            return null;
        } finally {
            in.running(false);
            py.state().clearInterrupt();
            out.flush();
        }
    }

    /** sys.ps1 or sys.ps2 as a string (a program may set them to any object). */
    private String prompt(String name, String dflt) {
        org.minipy.objects.PyObject p = py.state().sys().getDict().getItem(name);
        if (p == null) {
            return dflt;
        }
        try {
            return org.minipy.objects.Abstract.str(p).value();
        } catch (RuntimeException e) {
            return dflt;
        }
    }

    /**
     * Whether to read another line: while the input is incomplete; after an empty line only
     * inside an open bracket or a triple-quoted string (an empty line ends a block, and a block
     * header without a body is then an error, as in python3).
     */
    static boolean continues(String source, boolean emptyLine) {
        if (!emptyLine) {
            return Parser.isIncomplete(source);
        }
        try {
            Parser.parseInteractive(source, "<stdin>");
            return false;
        } catch (org.minipy.parse.PySyntaxError e) {
            return e.msg.endsWith("was never closed") || e.msg.startsWith("unterminated triple-quoted string literal");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        return os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "darwin"
                : os.startsWith("windows") ? "win32" : os;
    }

    /** Lines from a plain reader (stdin that is not a terminal, with -i): prompts go to stderr. */
    static LineInput plain(java.io.BufferedReader reader, PrintStream err) {
        return prompt -> {
            err.print(prompt);
            err.flush();
            return reader.readLine();
        };
    }
}
