package org.minipy.vm;

import java.nio.file.Path;
import org.minipy.code.Code;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyType;

/**
 * What built-in functions and modules need from the interpreter that runs them. One instance per
 * {@code Interpreter}; built-ins capture it when their module is created, so two interpreters
 * never share state. Implemented by the VM ({@code InterpreterState}).
 */
public interface Runtime {

    /** The {@code sys} module of this interpreter. */
    PyModule sys();

    /** The {@code builtins} module of this interpreter. */
    PyModule builtins();

    /** {@code sys.modules}. */
    PyDict modules();

    /** The current {@code sys.stdout} (looked up each time: programs may replace it). */
    PyObject stdout();

    PyObject stderr();

    PyObject stdin();

    /**
     * The line editor of an interactive session, for {@code input()}: present only while a REPL
     * on a terminal runs and {@code sys.stdin}/{@code sys.stdout} are the original streams (as
     * CPython's input() uses readline only then). Null otherwise.
     */
    default ConsoleReader consoleReader() {
        return null;
    }

    /** Reads one edited line after showing {@code prompt}. */
    interface ConsoleReader {
        /** The line without its newline, or null at end of input; Ctrl-C raises KeyboardInterrupt. */
        String readLine(String prompt);
    }

    /**
     * {@code compile(source, filename, mode)} where mode is "exec", "eval" or "single"; throws a
     * Python SyntaxError.
     */
    Code compile(String source, String filename, String mode);

    /** Runs a code object with the given namespaces ({@code exec}/{@code eval}); returns its value. */
    PyObject exec(Code code, PyDict globals, PyObject locals);

    /** The globals of the innermost running Python frame (for {@code globals()}, {@code eval}). */
    PyDict currentGlobals();

    /** The locals of the innermost running Python frame, as a mapping (for {@code locals()}). */
    PyObject currentLocals();

    /**
     * The implicit arguments of a zero-argument {@code super()} in the innermost Python frame:
     * {@code [__class__, first argument]}; RuntimeError with CPython's message if unavailable.
     */
    PyObject[] superArgs();

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    PyObject importModule(String name, PyDict globals, PyObject fromlist, int level);

    int getRecursionLimit();

    void setRecursionLimit(int limit);

    /**
     * The exception being handled in the innermost running frame ({@code sys.exc_info()[1]}),
     * or None. The VM overrides this; the default knows of none.
     */
    default PyObject currentException() {
        return org.minipy.objects.PyNone.None;
    }

    /**
     * The working directory against which relative paths resolve ({@code os.getcwd()},
     * {@code open}). The default is the JVM's; the VM may give each interpreter its own.
     */
    default Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }

    /** The built-in types a module may need to create instances of that live in the VM. */
    default PyType functionType() {
        return null;
    }
}
