package org.minipy.jsr223;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.minipy.Interpreter;
import org.minipy.ast.Mod;
import org.minipy.ast.Stmt;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyException;
import org.minipy.objects.PyObject;
import org.minipy.parse.Parser;
import org.minipy.parse.PySyntaxError;

/**
 * A JSR-223 engine over one {@link Interpreter}. {@code eval} runs a script in {@code __main__}
 * and returns the value of its last statement when that is an expression (else null); the
 * ENGINE_SCOPE bindings are the {@code __main__} globals (other bindings passed to eval are
 * copied in before and back after the run); stdout and stderr go to the context's writers.
 * {@link Invocable} calls global functions and methods of Python objects.
 */
public final class MinipyScriptEngine extends AbstractScriptEngine implements Invocable, AutoCloseable {
    private final ScriptEngineFactory factory;
    private final Interpreter py;
    private final GlobalsBindings globals;

    MinipyScriptEngine(ScriptEngineFactory factory) {
        this.factory = factory;
        PrintStream out = new PrintStream(new WriterStream(() -> context.getWriter()), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new WriterStream(() -> context.getErrorWriter()), false,
                StandardCharsets.UTF_8);
        this.py = Interpreter.builder().stdout(out).stderr(err).argv(List.of("")).build();
        this.globals = new GlobalsBindings(py.globals());
        context.setBindings(globals, ScriptContext.ENGINE_SCOPE);
    }

    /** The interpreter behind this engine (for the embedding API proper). */
    public Interpreter interpreter() {
        return py;
    }

    @Override
    public Object eval(String script, ScriptContext ctx) throws ScriptException {
        Bindings engineScope = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
        boolean copy = engineScope != globals && engineScope != null;
        if (copy) {
            for (Map.Entry<String, Object> e : engineScope.entrySet()) {
                PyObject v = Conversions.toPythonOrNull(e.getValue());
                if (v != null && e.getKey() != null && !e.getKey().isEmpty()) {
                    py.globals().setItem(e.getKey(), v);
                }
            }
        }
        ScriptContext saved = context;
        context = ctx; // the writers the output goes to
        try {
            return Conversions.toJava(run(script, fileName(ctx)));
        } catch (PyException e) {
            throw scriptException(e);
        } finally {
            context = saved;
            if (copy) {
                copyBack(engineScope);
            }
        }
    }

    private static String fileName(ScriptContext ctx) {
        Object f = ctx.getAttribute(FILENAME);
        return f instanceof String s ? s : "<script>";
    }

    private void copyBack(Bindings b) {
        for (Map.Entry<String, Object> e : globals.entrySet()) {
            if (!e.getKey().startsWith("__")) {
                b.put(e.getKey(), e.getValue());
            }
        }
    }

    /** Runs the script; when its last statement is an expression, evaluates that one separately. */
    private PyObject run(String script, String filename) throws ScriptException {
        Mod.Module mod;
        try {
            mod = Parser.parseModule(script, filename);
        } catch (PySyntaxError e) {
            throw new ScriptException(e.kind + ": " + e.msg, filename, e.lineno, e.offset);
        }
        List<Stmt> body = mod.body();
        if (body.isEmpty() || !(body.get(body.size() - 1) instanceof Stmt.ExprStmt last)) {
            py.exec(script);
            return null;
        }
        int cut = offsetOf(script, last.pos().line(), last.pos().col());
        String head = script.substring(0, cut);
        if (!head.isBlank()) {
            py.exec(head);
        }
        return py.eval(script.substring(cut).strip());
    }

    /** The char index of (1-based line, col in UTF-8 bytes as the parser counts). */
    private static int offsetOf(String s, int line, int colBytes) {
        int i = 0;
        for (int l = 1; l < line && i < s.length(); l++) {
            int nl = s.indexOf('\n', i);
            i = nl < 0 ? s.length() : nl + 1;
        }
        int end = s.indexOf('\n', i);
        String text = s.substring(i, end < 0 ? s.length() : end);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int cut = Math.min(colBytes, bytes.length);
        return i + new String(bytes, 0, cut, StandardCharsets.UTF_8).length();
    }

    private static ScriptException scriptException(PyException e) {
        String msg = e.value.getType().getName();
        try {
            String s = Abstract.str(e.value).value();
            if (!s.isEmpty()) {
                msg += ": " + s;
            }
        } catch (RuntimeException ignored) {
            // the message is optional
        }
        ScriptException se = new ScriptException(msg);
        se.initCause(e);
        return se;
    }

    @Override
    public Object eval(Reader reader, ScriptContext ctx) throws ScriptException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = reader.read(buf)) > 0;) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new ScriptException(e);
        }
        return eval(sb.toString(), ctx);
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    // ---- Invocable ----------------------------------------------------------------------------

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        PyObject f = py.globals().getItem(name);
        if (f == null) {
            throw new NoSuchMethodException(name);
        }
        return call(f, args);
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args)
            throws ScriptException, NoSuchMethodException {
        if (!(thiz instanceof PyObject self)) {
            throw new IllegalArgumentException("not a Python object: " + thiz);
        }
        PyObject m = Abstract.lookupAttr(self, name);
        if (m == null) {
            throw new NoSuchMethodException(name);
        }
        return call(m, args);
    }

    private Object call(PyObject f, Object[] args) throws ScriptException {
        try {
            return Conversions.toJava(py.callObject(f, args == null ? new Object[0] : args));
        } catch (PyException e) {
            throw scriptException(e);
        }
    }

    @Override
    public <T> T getInterface(Class<T> iface) {
        return proxy(null, iface);
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> iface) {
        if (!(thiz instanceof PyObject)) {
            throw new IllegalArgumentException("not a Python object: " + thiz);
        }
        return proxy((PyObject) thiz, iface);
    }

    /** An implementation of iface whose methods call the Python functions (or methods) of the same names. */
    private <T> T proxy(PyObject self, Class<T> iface) {
        if (iface == null || !iface.isInterface()) {
            throw new IllegalArgumentException("not an interface: " + iface);
        }
        Object p = Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, (obj, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "toString": return "minipy proxy for " + iface.getName();
                    case "hashCode": return System.identityHashCode(obj);
                    default: return obj == (args == null ? null : args[0]);
                }
            }
            Object r = self == null ? invokeFunction(method.getName(), args)
                    : invokeMethod(self, method.getName(), args);
            return r;
        });
        return iface.cast(p);
    }

    @Override
    public void close() {
        py.close();
    }
}
