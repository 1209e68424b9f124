package org.minipy.builtins;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.minipy.code.Code;
import org.minipy.modules.BuiltinModules;
import org.minipy.modules.SysModule;
import org.minipy.modules.io.StdStream;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyException;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.vm.Runtime;

/** A Runtime for testing built-ins without the VM: captured streams, fixed namespaces. */
public final class FakeRuntime implements Runtime {
    public final ByteArrayOutputStream out = new ByteArrayOutputStream();
    public final ByteArrayOutputStream err = new ByteArrayOutputStream();
    public final StdStream stdout = StdStream.stdout(out, false);
    public final StdStream stderr = StdStream.stderr(err, stdout);
    public StdStream stdin;
    public final PyDict modules = new PyDict();
    public final PyDict globals = new PyDict();
    public PyObject[] superArgs;
    public PyObject currentException;
    public Path cwd = Path.of("").toAbsolutePath();
    private int limit = 1000;
    private final PyModule builtins;
    private final PyModule sys;

    public FakeRuntime() {
        this("");
    }

    public FakeRuntime(String input) {
        stdin = StdStream.stdin(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), stdout);
        builtins = BuiltinsModule.create(this);
        sys = SysModule.create(this, List.of("prog.py"), List.of("/lib"), stdout, stderr, stdin, modules);
        modules.setItem("sys", sys);
        modules.setItem("builtins", builtins);
        globals.setItem("__name__", PyStr.of("__main__"));
    }

    /** What the program wrote to sys.stdout so far. */
    public String output() {
        stdout.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A builtin by name. */
    public PyObject builtin(String name) {
        PyObject f = builtins.getDict().getItem(name);
        if (f == null) {
            throw new AssertionError("no builtin " + name);
        }
        return f;
    }

    public PyObject call(String name, PyObject... args) {
        return Abstract.call(builtin(name), args, null);
    }

    public PyObject callKw(String name, PyObject[] args, String... kwnames) {
        return Abstract.call(builtin(name), args, kwnames);
    }

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

    @Override
    public PyObject stdout() {
        return sys.getDict().getItem("stdout");
    }

    @Override
    public PyObject stderr() {
        return sys.getDict().getItem("stderr");
    }

    @Override
    public PyObject stdin() {
        return sys.getDict().getItem("stdin");
    }

    @Override
    public Code compile(String source, String filename, String mode) {
        throw new UnsupportedOperationException("no compiler in FakeRuntime");
    }

    @Override
    public PyObject exec(Code code, PyDict globals, PyObject locals) {
        throw new UnsupportedOperationException("no VM in FakeRuntime");
    }

    @Override
    public PyDict currentGlobals() {
        return globals;
    }

    @Override
    public PyObject currentLocals() {
        return globals;
    }

    @Override
    public PyObject[] superArgs() {
        if (superArgs == null) {
            throw PyErr.runtimeError("super(): no arguments");
        }
        return superArgs;
    }

    @Override
    public PyObject importModule(String name, PyDict globals, PyObject fromlist, int level) {
        PyObject m = modules.getItem(name);
        if (m != null) {
            return m;
        }
        PyModule b = BuiltinModules.create(name, this);
        if (b == null) {
            throw PyErr.of(PyExc.ModuleNotFoundError, "No module named '" + name + "'");
        }
        modules.setItem(name, b);
        return b;
    }

    @Override
    public int getRecursionLimit() {
        return limit;
    }

    @Override
    public void setRecursionLimit(int limit) {
        this.limit = limit;
    }

    @Override
    public PyObject currentException() {
        return currentException == null ? org.minipy.objects.PyNone.None : currentException;
    }

    @Override
    public Path workingDirectory() {
        return cwd;
    }

    /** The "Type: message" of the Python exception {@code r} raises. */
    public static String error(Runnable r) {
        try {
            r.run();
        } catch (PyException e) {
            return e.getMessage();
        }
        throw new AssertionError("no exception raised");
    }
}
