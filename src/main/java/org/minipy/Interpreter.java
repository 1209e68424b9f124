package org.minipy;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The public entry to minipy: one instance is one Python world, with its own {@code sys},
 * {@code sys.modules}, builtins and import system. Nothing is shared between instances.
 *
 * <pre>
 * try (Interpreter py = Interpreter.builder().stdout(out).build()) {
 *     int status = py.runMain(Path.of("script.py"));
 * }
 * </pre>
 */
public final class Interpreter implements AutoCloseable {

    /** Options for a new interpreter. */
    public static final class Builder {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        List<String> argv = new ArrayList<>(List.of(""));
        List<String> path = new ArrayList<>();
        boolean dontWriteBytecode;

        public Builder stdout(PrintStream out) {
            this.stdout = out;
            return this;
        }

        public Builder stderr(PrintStream err) {
            this.stderr = err;
            return this;
        }

        /** {@code sys.argv}: element 0 is the script name, as in CPython. */
        public Builder argv(List<String> argv) {
            this.argv = new ArrayList<>(argv);
            return this;
        }

        /** Extra {@code sys.path} entries, after the script's folder. */
        public Builder path(List<String> path) {
            this.path = new ArrayList<>(path);
            return this;
        }

        public Builder dontWriteBytecode(boolean b) {
            this.dontWriteBytecode = b;
            return this;
        }

        public Interpreter build() {
            return new Interpreter(this);
        }
    }

    private final Builder options;

    private Interpreter(Builder b) {
        this.options = b;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Interpreter create() {
        return builder().build();
    }

    /**
     * Runs a script file as {@code __main__}, the way {@code python3 script.py} does: an uncaught
     * exception prints a traceback on stderr, {@code SystemExit} gives its status.
     *
     * @return the process exit status CPython would give (0, 1, or the SystemExit code)
     */
    public int runMain(Path script) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    @Override
    public void close() {
    }
}
