package org.minipy;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minipy.code.Code;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBaseException;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyException;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.compile.Compiler;
import org.minipy.parse.WarningSink;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyTuple;
import org.minipy.objects.PyType;
import org.minipy.parse.CaretAnchors;
import org.minipy.parse.ParserRecursionError;
import org.minipy.parse.PySyntaxError;
import org.minipy.vm.InterpreterState;
import org.minipy.vm.TracebackPrinter;

/**
 * The public entry to minipy: one instance is one Python world, with its own {@code sys},
 * {@code sys.modules}, builtins and import system. Nothing is shared between instances.
 *
 * <pre>
 * try (Interpreter py = Interpreter.builder().stdout(out).build()) {
 *     int status = py.runMain(Path.of("script.py"));
 * }
 * </pre>
 *
 * Python code always runs on a thread with a large stack (so that deep recursion reaches
 * {@code sys.getrecursionlimit()} long before the JVM's stack ends); the calling thread waits.
 */
public final class Interpreter implements AutoCloseable {
    /** Stack reserved for the thread that runs Python code. */
    private static final long STACK_SIZE = 1L << 30;

    /** Options for a new interpreter. */
    public static final class Builder {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        InputStream stdin = System.in;
        List<String> argv = new ArrayList<>(List.of(""));
        List<String> path = new ArrayList<>();
        Path workingDirectory = Path.of("").toAbsolutePath();
        boolean dontWriteBytecode;
        boolean javaTrace;
        boolean lineBuffered;
        Integer compileThreshold;

        public Builder stdout(PrintStream out) {
            this.stdout = out;
            return this;
        }

        public Builder stderr(PrintStream err) {
            this.stderr = err;
            return this;
        }

        public Builder stdin(InputStream in) {
            this.stdin = in;
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

        /** The directory relative file names resolve against (default: the JVM's). */
        public Builder workingDirectory(Path dir) {
            this.workingDirectory = dir.toAbsolutePath();
            return this;
        }

        public Builder dontWriteBytecode(boolean b) {
            this.dontWriteBytecode = b;
            return this;
        }

        /** Show the Java stack trace of an internal error (the hidden {@code --java-trace}). */
        public Builder javaTrace(boolean b) {
            this.javaTrace = b;
            return this;
        }

        /**
         * sys.stdout writes through at every newline, as python3's does on a terminal (default:
         * written in blocks, and at the end of each call into the interpreter).
         */
        public Builder lineBuffered(boolean b) {
            this.lineBuffered = b;
            return this;
        }

        /**
         * How many runs of a code object in the eval loop before it is compiled to a JVM class:
         * 0 compiles all code at once, -1 never (default: the {@code minipy.jit} system
         * property, else 100).
         */
        public Builder compileThreshold(int runs) {
            this.compileThreshold = runs;
            return this;
        }

        public Interpreter build() {
            return new Interpreter(this);
        }
    }

    private final Builder options;
    private final InterpreterState state;
    private final PyModule main;

    private Interpreter(Builder b) {
        this.options = b;
        List<String> path = new ArrayList<>();
        path.add("");
        path.addAll(b.path);
        this.state = new InterpreterState(b.stdout, b.stderr, b.stdin, b.argv, path, b.workingDirectory,
                b.dontWriteBytecode, b.lineBuffered);
        if (b.compileThreshold != null) {
            state.setCompileThreshold(b.compileThreshold);
        }
        state.setCompiler(new InterpreterState.CompilerFunction() {
            @Override
            public Code compile(String source, String filename, String mode) {
                return compileSource(source, filename, mode, warningsFor(filename), false);
            }

            @Override
            public Code compileFile(String source, String filename) {
                return compileSource(source, filename, "exec", warningsFor(filename), true);
            }
        });
        state.setCaretAnchors(CaretAnchors::of);
        this.main = new PyModule("__main__");
        main.getDict().setItem("__builtins__", state.builtins());
        state.modules().setItem("__main__", main);
    }

    /**
     * Source to code: the front end and the compiler, with their syntax errors turned into
     * Python's SyntaxError (or IndentationError, TabError).
     */
    public static Code compileSource(String source, String filename, String mode) {
        return compileSource(source, filename, mode, WarningSink.NONE, false);
    }

    /** SyntaxWarnings of code compiled here go to sys.stderr, as the warnings module prints them. */
    private WarningSink warningsFor(String filename) {
        return (msg, line) -> state.showWarning("SyntaxWarning", msg, filename, line);
    }

    /**
     * As {@link #compileSource(String, String, String)}, reporting SyntaxWarnings to {@code
     * warnings}; {@code file} for a file's text (the parser's error offsets then count bytes).
     */
    public static Code compileSource(String source, String filename, String mode, WarningSink warnings,
                                     boolean file) {
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw PyErr.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        try {
            return Compiler.compile(source, filename, mode, warnings, file);
        } catch (PySyntaxError e) {
            throw syntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset);
        } catch (ParserRecursionError e) {
            throw PyErr.recursionError("maximum recursion depth exceeded during compilation");
        }
    }

    private static PyException syntaxError(String kind, String msg, String filename, int lineno, int offset,
                                           String text, int endLineno, int endOffset) {
        PyType type = kind.equals("IndentationError") ? PyExc.IndentationError
                : kind.equals("TabError") ? PyExc.TabError : PyExc.SyntaxError;
        PyObject details = new PyTuple(new PyObject[] {PyStr.of(filename), PyInt.of(lineno), PyInt.of(offset),
            text == null ? PyNone.None : PyStr.of(text), PyInt.of(endLineno), PyInt.of(endOffset)});
        return PyErr.withArgs(type, PyStr.of(msg), details);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Interpreter create() {
        return builder().build();
    }

    /** The runtime state (for the command line's teaching views and tests). */
    public InterpreterState state() {
        return state;
    }

    // ---- running whole programs ----------------------------------------------------------------

    /**
     * Runs a script file as {@code __main__}, the way {@code python3 script.py} does: an uncaught
     * exception prints a traceback on stderr, {@code SystemExit} gives its status.
     *
     * @return the process exit status CPython would give (0, 1, 2 for an unreadable file, or the
     *         SystemExit code)
     */
    public int runMain(Path script) {
        Path abs = options.workingDirectory.resolve(script).normalize();
        String source;
        try {
            source = Files.readString(abs, StandardCharsets.UTF_8);
        } catch (IOException e) {
            options.stdout.flush();
            options.stderr.println("minipy: can't open file '" + abs + "': [Errno 2] No such file or directory");
            options.stderr.flush();
            return 2;
        }
        // as python3 (3.9+): __file__ and the code's filename are the script's absolute path,
        // the working directory joined with the path as given (not normalised); argv[0] stays as given
        String filename = options.workingDirectory.toAbsolutePath().resolve(script).toString();
        PyDict sysd = state.sys().getDict();
        PyList argv = new PyList();
        List<String> a = options.argv;
        argv.append(PyStr.of(a.isEmpty() || a.get(0).isEmpty() ? script.toString() : a.get(0)));
        for (int i = 1; i < a.size(); i++) {
            argv.append(PyStr.of(a.get(i)));
        }
        sysd.setItem("argv", argv);
        if (sysd.getItem("path") instanceof PyList p && p.size() > 0) {
            Path dir = abs.getParent();
            p.set(0, PyStr.of(dir == null ? "" : dir.toString()));
        }
        main.getDict().setItem("__file__", PyStr.of(filename));
        return runToStatus(() -> {
            Code code = state.compileFile(source, filename);
            state.exec(code, main.getDict(), main.getDict());
            return null;
        });
    }

    /**
     * Runs a module found on sys.path as {@code __main__} ({@code python3 -m name}): sys.path[0] is
     * the working directory, sys.argv[0] the module's full path; a package runs its
     * {@code __main__} submodule. Returns the exit status, as {@link #runMain}.
     */
    public int runModule(String name) {
        PyDict sysd = state.sys().getDict();
        PyList argv = new PyList();
        argv.append(PyStr.of("-m"));
        for (int i = 1; i < options.argv.size(); i++) {
            argv.append(PyStr.of(options.argv.get(i)));
        }
        sysd.setItem("argv", argv);
        if (sysd.getItem("path") instanceof PyList p && p.size() > 0) {
            p.set(0, PyStr.of(options.workingDirectory.toString()));
        }
        return runToStatus(() -> {
            state.importer.system.runModule(name, main);
            return null;
        });
    }

    /** Runs a command string as {@code __main__} ({@code python3 -c cmd}); returns the exit status. */
    public int runCommand(String source) {
        PyList argv = new PyList();
        argv.append(PyStr.of("-c"));
        for (int i = 1; i < options.argv.size(); i++) {
            argv.append(PyStr.of(options.argv.get(i)));
        }
        state.sys().getDict().setItem("argv", argv);
        return runToStatus(() -> {
            Code code = state.compile(source, "<string>", "exec");
            state.exec(code, main.getDict(), main.getDict());
            return null;
        });
    }

    /** Runs {@code body}, turning an uncaught exception into CPython's report and exit status. */
    private int runToStatus(Callable<Object> body) {
        try {
            onPythonThread(body);
            state.flushStd();
            return 0;
        } catch (PyException e) {
            return handleUncaught(e.value);
        } catch (RuntimeException | Error e) {
            state.flushStd();
            PrintStream err = options.stderr;
            err.println("minipy internal error: " + e);
            List<String> trace = state.takeInternalTrace();
            if (!trace.isEmpty()) {
                err.println("Traceback (most recent call last):");
                for (int i = trace.size() - 1; i >= 0; i--) {
                    err.println(trace.get(i));
                }
            }
            if (options.javaTrace) {
                e.printStackTrace(err);
            }
            err.flush();
            state.resetThread();
            return 1;
        }
    }

    private int handleUncaught(PyBaseException exc) {
        state.resetThread();
        if (exc.getType().isSubtypeOf(PyExc.SystemExit)) {
            PyObject code = exc.attr("code");
            state.flushStd();
            if (code == null || code == PyNone.None) {
                return 0;
            }
            if (code instanceof PyInt i) {
                return i.isBig() ? -1 : (int) i.value;
            }
            printErr(Abstract.str(code).value() + "\n");
            return 1;
        }
        state.flushStd();
        // as PyErr_Print: kept for post-mortem tools (dis.dis() with no argument, in the REPL)
        PyDict sysd = state.sys().getDict();
        sysd.setItem("last_type", exc.getType());
        sysd.setItem("last_value", exc);
        sysd.setItem("last_traceback", exc.traceback == null ? PyNone.None : exc.traceback);
        printErr(TracebackPrinter.format(state, exc));
        // python3 ends itself with SIGINT after an uncaught KeyboardInterrupt: its parent sees 128 + 2
        return exc.getType().isSubtypeOf(PyExc.KeyboardInterrupt) ? 130 : 1;
    }

    private void printErr(String s) {
        PyObject err = state.stderr();
        try {
            Abstract.callMethod(err, "write", PyStr.of(s));
            PyObject f = Abstract.lookupAttr(err, "flush");
            if (f != null) {
                Abstract.call0(f);
            }
        } catch (RuntimeException e) {
            options.stderr.print(s);
            options.stderr.flush();
        }
    }

    // ---- embedding ------------------------------------------------------------------------------

    /** Executes statements in {@code __main__}; a Python exception propagates as {@link PyException}. */
    public void exec(String source) {
        onPythonThread(() -> {
            Code code = state.compile(source, "<string>", "exec");
            state.exec(code, main.getDict(), main.getDict());
            return null;
        });
        state.flushStd();
    }

    /** Evaluates an expression in {@code __main__}. */
    public PyObject eval(String expr) {
        PyObject r = onPythonThread(() -> {
            Code code = state.compile(expr, "<string>", "eval");
            return state.exec(code, main.getDict(), main.getDict());
        });
        state.flushStd();
        return r;
    }

    /** A global of {@code __main__}, or null. */
    public PyObject get(String name) {
        return main.getDict().getItem(name);
    }

    public void set(String name, PyObject value) {
        main.getDict().setItem(name, value);
    }

    /** Calls the {@code __main__} global {@code fn} with arguments converted from Java. */
    public PyObject call(String fn, Object... args) {
        PyObject f = get(fn);
        if (f == null) {
            throw new PyException(PyBaseException.create(PyExc.NameError,
                    new PyTuple(new PyObject[] {PyStr.of("name '" + fn + "' is not defined")})));
        }
        PyObject[] pargs = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            pargs[i] = toPython(args[i]);
        }
        PyObject r = onPythonThread(() -> Abstract.call(f, pargs, null));
        state.flushStd();
        return r;
    }

    /** The globals of {@code __main__} (a live dictionary: changes are seen by Python code). */
    public PyDict globals() {
        return main.getDict();
    }

    /** Calls any Python callable with arguments converted from Java ({@link #toPython}). */
    public PyObject callObject(PyObject callable, Object... args) {
        PyObject[] pargs = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            pargs[i] = toPython(args[i]);
        }
        PyObject r = onPythonThread(() -> Abstract.call(callable, pargs, null));
        state.flushStd();
        return r;
    }

    /** Replaces {@code sys.argv}. */
    public void setArgv(List<String> argv) {
        PyList l = new PyList();
        for (String a : argv) {
            l.append(PyStr.of(a));
        }
        state.sys().getDict().setItem("argv", l);
    }

    /** Replaces {@code sys.path}. */
    public void setPath(List<String> path) {
        PyList l = new PyList();
        for (String a : path) {
            l.append(PyStr.of(a));
        }
        state.sys().getDict().setItem("path", l);
    }

    /**
     * Runs source text as {@code __main__} under {@code filename} ({@code python3 -}, piped stdin,
     * {@code -m}); returns the exit status as {@link #runMain}.
     */
    public int runSource(String source, String filename) {
        state.clearInterrupt();
        return runToStatus(() -> {
            Code code = state.compileFile(source, filename);
            state.exec(code, main.getDict(), main.getDict());
            return null;
        });
    }

    /**
     * Compiles one interactive input in 'single' mode (expression values go to sys.displayhook)
     * and runs it in {@code __main__}; a Python exception propagates as {@link PyException}.
     */
    public void execInteractive(String source, String filename) {
        state.clearInterrupt();
        try {
            onPythonThread(() -> {
                Code code = state.compile(source, filename, "single");
                state.exec(code, main.getDict(), main.getDict());
                return null;
            });
        } finally {
            state.flushStd();
        }
    }

    /**
     * Reports an exception as an uncaught one: a traceback on sys.stderr, or for SystemExit its
     * message; returns the exit status CPython would give for it.
     */
    public int reportException(PyException e) {
        return handleUncaught(e.value);
    }

    /** Asks running Python code to stop with KeyboardInterrupt (callable from any thread). */
    public void interrupt() {
        state.interrupt();
        Thread t = pythonThread;
        if (t != null && t.isAlive()) {
            // Code blocked outside the eval loop (time.sleep) never reaches a backward jump: if the
            // flag is still untaken after a moment, wake the thread instead (sleep raises KeyboardInterrupt).
            Thread waker = new Thread(() -> {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
                if (state.interruptPending() && t.isAlive()) {
                    state.clearInterrupt();
                    t.interrupt();
                }
            }, "minipy-interrupt");
            waker.setDaemon(true);
            waker.start();
        }
    }

    /** The thread running Python code most recently (for {@link #interrupt}). */
    private volatile Thread pythonThread;

    /** Java String/Integer/Long/Double/Boolean/null (or a PyObject) as a Python object. */
    public static PyObject toPython(Object o) {
        if (o == null) {
            return PyNone.None;
        }
        if (o instanceof PyObject p) {
            return p;
        }
        if (o instanceof String s) {
            return PyStr.of(s);
        }
        if (o instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return PyInt.of(((Number) o).longValue());
        }
        if (o instanceof java.math.BigInteger b) {
            return PyInt.of(b);
        }
        if (o instanceof Double || o instanceof Float) {
            return new PyFloat(((Number) o).doubleValue());
        }
        throw new IllegalArgumentException("cannot convert " + o.getClass().getName() + " to a Python object");
    }

    /** Runs {@code body} on a fresh thread with a large stack and waits for it. */
    private <T> T onPythonThread(Callable<T> body) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            // this interpreter's object-model state is the thread's (type.__subclasses__ reads it)
            org.minipy.objects.TypeState previous = org.minipy.objects.TypeState.enter(state.typeState());
            try {
                result[0] = body.call();
            } catch (Throwable e) {
                failure[0] = e;
            } finally {
                org.minipy.objects.TypeState.leave(previous);
                // what the call printed is visible when it returns
                state.flushStdQuietly();
            }
        }, "minipy-main", STACK_SIZE);
        pythonThread = t;
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] != null) {
            state.resetThreadIfIdle();
            if (failure[0] instanceof RuntimeException r) {
                throw r;
            }
            if (failure[0] instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        T r = (T) result[0];
        return r;
    }

    @Override
    public void close() {
        state.flushStd();
    }
}
