package org.minipy.vm;

import org.minipy.modules.io.StdStream;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minipy.builtins.BuiltinsModule;
import org.minipy.code.Code;
import org.minipy.imports.Importer;
import org.minipy.modules.SysModule;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBaseException;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyException;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/**
 * One Python world (CPython's {@code PyInterpreterState}): sys, builtins, sys.modules, the
 * import system and the state of the thread running Python code. Implements {@link Runtime},
 * the view that built-in functions and modules have of the interpreter.
 */
public final class InterpreterState implements Runtime {
    final ThreadState ts = new ThreadState(this);
    /** This interpreter's part of the object model (the classes it derived from built-in types). */
    private final org.minipy.objects.TypeState types = new org.minipy.objects.TypeState();
    private final PyDict modules = new PyDict();
    private final PyModule builtins;
    private final PyModule sys;
    private final PrintStream javaStdout;
    private final PrintStream javaStderr;
    private final StdStream stdout;
    private final StdStream stderr;
    private final StdStream stdin;
    private final Path cwd;
    public final Importer importer;
    /** Source text of files compiled here, by file name, for tracebacks (a small linecache). */
    private final Map<String, String> sources = new HashMap<>();
    /** Decoded instructions per code object, shared by all its caches (weak: code objects come and go). */
    private final Map<Code, CodeCache.Instructions> decoded = new java.util.WeakHashMap<>();

    /** Set from another thread (Ctrl-C): the eval loop raises KeyboardInterrupt at its next backward jump. */
    volatile boolean interruptRequested;
    /** The instruction tracer of the {@code --trace} view, or null (read once per frame by the eval loop). */
    volatile Tracer tracer;

    /** When hot code objects are compiled to JVM classes. */
    Tier2 tier2 = new Tier2(Tier2.thresholdFromProperty());

    /**
     * Code objects run this many times in the eval loop are compiled to JVM classes; 0 compiles
     * everything at its first run, -1 never compiles (the default comes from {@code -Dminipy.jit}).
     */
    public void setCompileThreshold(int runs) {
        tier2 = new Tier2(runs);
    }

    /** Receives every instruction before it executes (the {@code --trace} teaching view). */
    public interface Tracer {
        /** {@code offset} in bytes; the value stack is {@code stack[0 .. sp)}. */
        void instruction(PyFrame frame, int offset, PyObject[] stack, int sp);
    }

    /** Asks the running code to stop with KeyboardInterrupt (safe from any thread, e.g. a signal handler). */
    public void interrupt() {
        interruptRequested = true;
    }

    /** True while an interrupt has been asked for and not yet raised. */
    public boolean interruptPending() {
        return interruptRequested;
    }

    /** Forgets an interrupt that arrived after the code it was meant for had finished. */
    public void clearInterrupt() {
        interruptRequested = false;
    }

    /** Installs (or with null removes) the instruction tracer; frames started afterwards use it. */
    public void setTracer(Tracer t) {
        tracer = t;
    }

    /** Called by the eval loop when {@link #interruptRequested} is set. */
    static org.minipy.objects.PyException keyboardInterrupt(InterpreterState interp) {
        interp.interruptRequested = false;
        return org.minipy.objects.PyErr.withArgs(org.minipy.objects.PyExc.KeyboardInterrupt);
    }

    public InterpreterState(PrintStream out, PrintStream err, InputStream in, List<String> argv,
                            List<String> path, Path cwd, boolean dontWriteBytecode) {
        this(out, err, in, argv, path, cwd, dontWriteBytecode, false);
    }

    public InterpreterState(PrintStream out, PrintStream err, InputStream in, List<String> argv,
                            List<String> path, Path cwd, boolean dontWriteBytecode, boolean lineBuffered) {
        this.cwd = cwd;
        this.javaStdout = out;
        this.javaStderr = err;
        this.stdout = StdStream.stdout(out, lineBuffered);
        this.stderr = StdStream.stderr(err, stdout);
        this.stdin = StdStream.stdin(in, stdout);
        // what the object model needs of the VM: the running frame's globals (type(name, bases,
        // dict) takes __module__ from them) and the recursion depth
        types.setFrameGlobals(this::currentGlobals);
        types.setRecursionGuard(new org.minipy.objects.TypeState.RecursionGuard() {
            @Override
            public void enter(String where) {
                ts.enterRecursiveCall(where);
            }

            @Override
            public void leave() {
                ts.depth--;
            }
        });
        this.builtins = BuiltinsModule.create(this);
        PyDict bd = builtins.getDict();
        bd.setItem("__build_class__", BuildClass.function(this));
        for (Map.Entry<String, PyType> e : PyExc.all().entrySet()) {
            if (bd.getItem(e.getKey()) == null) {
                bd.setItem(e.getKey(), e.getValue());
            }
        }
        this.sys = SysModule.create(this, argv, path, stdout, stderr, stdin, modules);
        PyDict sd = sys.getDict();
        putIfAbsent(sd, "modules", modules);
        putIfAbsent(sd, "stdout", stdout);
        putIfAbsent(sd, "stderr", stderr);
        putIfAbsent(sd, "stdin", stdin);
        putIfAbsent(sd, "__stdout__", stdout);
        putIfAbsent(sd, "__stderr__", stderr);
        putIfAbsent(sd, "__stdin__", stdin);
        if (sd.getItem("path") == null) {
            sd.setItem("path", strList(path));
        }
        if (sd.getItem("argv") == null) {
            sd.setItem("argv", strList(argv));
        }
        sd.setItem("dont_write_bytecode", org.minipy.objects.PyBool.of(dontWriteBytecode)); // sys sets False first
        modules.setItem("sys", sys);
        modules.setItem("builtins", builtins);
        this.importer = new Importer(this, cwd);
    }

    private static void putIfAbsent(PyDict d, String k, PyObject v) {
        if (d.getItem(k) == null) {
            d.setItem(k, v);
        }
    }

    private static PyList strList(List<String> l) {
        PyList out = new PyList();
        for (String s : l) {
            out.append(PyStr.of(s));
        }
        return out;
    }

    // ---- Runtime ------------------------------------------------------------------------------

    @Override
    public PyModule sys() {
        return sys;
    }

    @Override
    public PyModule builtins() {
        return builtins;
    }

    @Override
    public PyDict modules() {
        return modules;
    }

    private PyObject sysAttr(String name, PyObject dflt) {
        PyObject v = sys.getDict().getItem(name);
        return v == null ? dflt : v;
    }

    @Override
    public PyObject stdout() {
        return sysAttr("stdout", stdout);
    }

    @Override
    public PyObject stderr() {
        return sysAttr("stderr", stderr);
    }

    @Override
    public PyObject stdin() {
        return sysAttr("stdin", stdin);
    }

    private volatile ConsoleReader consoleReader;

    /** Installs (or with null removes) the line editor that input() uses in an interactive session. */
    public void setConsoleReader(ConsoleReader reader) {
        consoleReader = reader;
    }

    @Override
    public ConsoleReader consoleReader() {
        ConsoleReader r = consoleReader;
        return r != null && stdin() == stdin && stdout() == stdout ? r : null;
    }

    /** The Java streams under the original sys.stdout/stderr. */
    public PrintStream javaStdout() {
        return javaStdout;
    }

    public PrintStream javaStderr() {
        return javaStderr;
    }

    /** Flushes sys.stdout and sys.stderr (before an exit or a traceback). */
    public void flushStd() {
        for (PyObject s : new PyObject[] {stdout(), stderr()}) {
            try {
                PyObject f = Abstract.lookupAttr(s, "flush");
                if (f != null) {
                    Abstract.call0(f);
                }
            } catch (RuntimeException e) {
                // a broken replacement stream: nothing more to do
            }
        }
        flushStdQuietly();
    }

    /** Writes out what the original sys.stdout and sys.stderr hold (never raises). */
    public void flushStdQuietly() {
        for (StdStream s : new StdStream[] {stdout, stderr}) {
            try {
                if (!s.isClosed()) {
                    s.flush();
                }
            } catch (RuntimeException e) {
                // the Java stream failed: nothing more to do
            }
        }
    }

    @Override
    public Path workingDirectory() {
        return cwd;
    }

    /** {@code compile(source, filename, mode)} as a function, so tests can supply their own compiler. */
    @FunctionalInterface
    public interface CompilerFunction {
        Code compile(String source, String filename, String mode);

        /**
         * A file's text, in exec mode. CPython reads a file as bytes, and its parser then reports
         * error offsets in UTF-8 bytes (a compile() of a str gets characters).
         */
        default Code compileFile(String source, String filename) {
            return compile(source, filename, "exec");
        }
    }

    private CompilerFunction compiler;

    /** Replaces the compiler (tests run the VM on code from elsewhere). */
    public void setCompiler(CompilerFunction c) {
        this.compiler = c;
    }

    /**
     * Where the {@code ~} of a traceback's caret line turns to {@code ^} in a source segment:
     * {left end, right start, tilde (1) or not (0)}, or null (cf. extract_anchors_from_line).
     * It needs the parser, so the embedding layer installs it, as it does the compiler.
     */
    @FunctionalInterface
    public interface CaretAnchors {
        int[] of(String segment);
    }

    private CaretAnchors caretAnchors;

    public void setCaretAnchors(CaretAnchors a) {
        this.caretAnchors = a;
    }

    /** The caret anchors of a segment, or null (also when no parser is installed). */
    public int[] caretAnchors(String segment) {
        return caretAnchors == null ? null : caretAnchors.of(segment);
    }

    @Override
    public Code compile(String source, String filename, String mode) {
        if (compiler != null) {
            return compiler.compile(source, filename, mode);
        }
        throw PyErr.notImplementedError("no compiler installed");
    }

    /** Compiles a file's text, remembering it for the source lines of tracebacks. */
    public Code compileFile(String source, String filename) {
        sources.put(filename, source);
        if (compiler == null) {
            throw PyErr.notImplementedError("no compiler installed");
        }
        try {
            return compiler.compileFile(source, filename);
        } catch (PyException e) {
            withLineFromFile(e.value, source);
            throw e;
        }
    }

    /**
     * A syntax error in a file takes its source line from the file, newline included (cf.
     * _PyErr_ProgramDecodedTextObject in CPython 3.11's parser errors), where a string's
     * error on a line before the last one read has it without (the tokenizer's buffer).
     */
    private static void withLineFromFile(PyBaseException exc, String source) {
        if (!exc.getType().isSubtypeOf(PyExc.SyntaxError) || !(exc.attr("lineno") instanceof PyInt ln)
                || !(exc.attr("text") instanceof PyStr text) || text.value().endsWith("\n")) {
            return;
        }
        int start = 0;
        for (long l = 1; l < ln.value && start >= 0; l++) {
            int nl = source.indexOf('\n', start);
            start = nl < 0 ? -1 : nl + 1;
        }
        if (start < 0) {
            return;
        }
        int end = source.indexOf('\n', start);
        if (end >= 0 && source.substring(start, end).equals(text.value())) {
            Abstract.setAttr(exc, "text", PyStr.of(text.value() + "\n"));
        }
    }

    /** The text of a file compiled here, or null. */
    public String sourceOf(String filename) {
        return sources.get(filename);
    }

    /**
     * Line {@code lineno} of a file, as linecache.getline finds it (the text compiled here, else
     * the file on disk), without its line end; null for {@code <string>} and the like.
     */
    public String sourceLine(String filename, int lineno) {
        if (lineno < 1 || filename.startsWith("<")) {
            return null;
        }
        String text = sources.get(filename);
        if (text == null) {
            try {
                text = java.nio.file.Files.readString(workingDirectory().resolve(filename),
                        java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
        }
        // as a text file reads it: universal newlines, no line past the end
        String[] lines = text.split("\r\n|\r|\n", -1);
        int n = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? lines.length - 1 : lines.length;
        return lineno <= n ? lines[lineno - 1] : null;
    }

    /**
     * Prints a warning as the warnings module's default showwarning does: {@code file:line:
     * Category: message}, then the source line, stripped and indented by two spaces.
     */
    public void showWarning(String category, String message, String filename, int lineno) {
        StringBuilder sb = new StringBuilder();
        sb.append(filename).append(':').append(lineno).append(": ").append(category).append(": ")
                .append(message).append('\n');
        String line = sourceLine(filename, lineno);
        if (line != null && !line.isBlank()) {
            sb.append("  ").append(line.strip()).append('\n');
        }
        try {
            Abstract.callMethod(stderr(), "write", org.minipy.objects.PyStr.of(sb.toString()));
        } catch (RuntimeException e) {
            // as CPython, a warning that cannot be shown is lost, not an error
        }
    }

    /** The builtins dict that code running with {@code globals} sees. */
    PyDict builtinsFor(PyDict globals) {
        PyObject b = globals.getItem("__builtins__");
        if (b instanceof PyModule m) {
            return m.getDict();
        }
        if (b instanceof PyDict d) {
            return d;
        }
        return builtins.getDict();
    }

    @Override
    public PyObject exec(Code code, PyDict globals, PyObject locals) {
        if (globals.getItem("__builtins__") == null) {
            globals.setItem("__builtins__", builtins);
        }
        PyFrame f = new PyFrame(code, globals, builtinsFor(globals), locals == null ? globals : locals, null,
                newCodeCache(code));
        org.minipy.objects.TypeState previous = org.minipy.objects.TypeState.enter(types);
        try {
            return Eval.execute(ts, f);
        } finally {
            org.minipy.objects.TypeState.leave(previous);
        }
    }

    /** This interpreter's object-model state (make it current with TypeState.enter to run code from Java). */
    public org.minipy.objects.TypeState typeState() {
        return types;
    }

    /** Fresh inline caches for a run of {@code code}, sharing its decoded instructions. */
    CodeCache newCodeCache(Code code) {
        CodeCache.Instructions ins;
        synchronized (decoded) {
            ins = decoded.get(code);
            if (ins == null) {
                ins = new CodeCache.Instructions(code);
                decoded.put(code, ins);
            }
        }
        return new CodeCache(code, ins);
    }

    @Override
    public PyDict currentGlobals() {
        return ts.frame == null ? null : ts.frame.globals;
    }

    @Override
    public PyObject currentLocals() {
        return ts.frame == null ? null : ts.frame.localsMapping();
    }

    /** The innermost running Python frame, or null. */
    public PyFrame currentFrame() {
        if (ts.frame != null) {
            ts.frame.escaped = true;
        }
        return ts.frame;
    }

    /** The exception being handled ({@code sys.exception()}, {@code sys.exc_info()[1]}), or null. */
    @Override
    public PyObject currentException() {
        PyBaseException e = ts.handledException();
        return e == null ? PyNone.None : e;
    }

    @Override
    public PyObject[] superArgs() {
        PyFrame f = ts.frame;
        if (f == null) {
            throw PyErr.runtimeError("super(): no current frame");
        }
        Code co = f.code;
        if (co.co_argcount == 0) {
            throw PyErr.runtimeError("super(): no arguments");
        }
        PyObject self = f.localsplus[0];
        if (self instanceof PyCell c && (co.localsplusKinds[0] & Code.KIND_CELL) != 0) {
            self = c.ref;
        }
        if (self == null) {
            throw PyErr.runtimeError("super(): arg[0] deleted");
        }
        for (int i = 0; i < co.localsplusNames.length; i++) {
            if (co.localsplusNames[i].equals("__class__") && (co.localsplusKinds[i] & Code.KIND_FREE) != 0) {
                PyObject cls = ((PyCell) f.localsplus[i]).ref;
                if (cls == null) {
                    throw PyErr.runtimeError("super(): empty __class__ cell");
                }
                if (!(cls instanceof PyType)) {
                    throw PyErr.runtimeError("super(): __class__ is not a type (%s)", cls.getType().getName());
                }
                return new PyObject[] {cls, self};
            }
        }
        throw PyErr.runtimeError("super(): __class__ cell not found");
    }

    @Override
    public PyObject importModule(String name, PyDict globals, PyObject fromlist, int level) {
        return importer.importName(name, globals, fromlist, level);
    }

    @Override
    public int getRecursionLimit() {
        return ts.recursionLimit;
    }

    @Override
    public void setRecursionLimit(int limit) {
        if (limit < 1) {
            throw PyErr.valueError("recursion limit must be greater or equal than 1");
        }
        if (limit <= ts.depth) {
            throw PyErr.recursionError("cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                    limit, ts.depth);
        }
        ts.recursionLimit = limit;
    }

    @Override
    public PyType functionType() {
        return PyFunction.TYPE;
    }

    /** PRINT_EXPR: {@code sys.displayhook(value)}. */
    void displayHook(PyObject v) {
        PyObject hook = sys.getDict().getItem("displayhook");
        if (hook != null) {
            Abstract.call(hook, v);
            return;
        }
        if (v == PyNone.None) {
            return;
        }
        builtins.getDict().setItem("_", PyNone.None);
        Abstract.callMethod(stdout(), "write", PyStr.of(Abstract.repr(v).value() + "\n"));
        builtins.getDict().setItem("_", v);
    }

    /** Frames an internal error passed through (innermost first), then forgets them. */
    public List<String> takeInternalTrace() {
        List<String> t = ts.internalTrace;
        ts.internalTrace = null;
        return t == null ? List.of() : t;
    }

    /** After a run ended by an exception: the frame stack is empty again (frames already unwound). */
    public void resetThreadIfIdle() {
        ts.frame = null;
        ts.depth = 0;
    }

    /** Resets the thread state after a run that ended abnormally. */
    public void resetThread() {
        ts.frame = null;
        ts.depth = 0;
        ts.excInfo = new ThreadState.ExcItem();
    }
}
