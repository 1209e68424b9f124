package org.minipy.builtins;

import static org.minipy.builtins.Args.def;

import java.nio.charset.StandardCharsets;
import org.minipy.code.Code;
import org.minipy.modules.io.FileOpener;
import org.minipy.modules.io.PyTextIO;
import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;
import org.minipy.vm.Runtime;

/** Built-ins that need the running interpreter: print input open compile eval exec globals ... */
final class RuntimeBuiltins {
    private RuntimeBuiltins() {
    }

    static void install(PyDict ns, Runtime rt) {
        def(ns, "print", (a, kw) -> print(rt, a, kw));
        def(ns, "input", (a, kw) -> input(rt, a, kw));
        def(ns, "open", (a, kw) -> FileOpener.open(rt.workingDirectory(), a, kw));
        def(ns, "globals", (a, kw) -> {
            Args.positional("globals", a, kw, 0, 0);
            return rt.currentGlobals();
        });
        def(ns, "locals", (a, kw) -> {
            Args.positional("locals", a, kw, 0, 0);
            return rt.currentLocals();
        });
        def(ns, "vars", (a, kw) -> {
            Args.positional("vars", a, kw, 0, 1);
            if (a.length == 0) {
                return rt.currentLocals();
            }
            PyObject d;
            try {
                d = Abstract.lookupAttr(a[0], "__dict__");
            } catch (org.minipy.objects.PyException e) {
                if (!e.matches(PyExc.AttributeError)) {
                    throw e;
                }
                d = null;
            }
            if (d == null) {
                throw PyErr.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        def(ns, "dir", (a, kw) -> {
            Args.positional("dir", a, kw, 0, 1);
            if (a.length == 1) {
                return ObjectBuiltins.dir(a[0]);
            }
            PyObject locals = rt.currentLocals();
            java.util.List<PyObject> names = new java.util.ArrayList<>();
            PyObject it = Abstract.iter(locals);
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                names.add(k);
            }
            return ObjectBuiltins.sortedStrings(names);
        });
        def(ns, "compile", (a, kw) -> {
            PyObject[] p = ArgParser.bind("compile", a, kw, new String[] {"source", "filename", "mode",
                "flags", "dont_inherit", "optimize", "_feature_version"}, 0, 3);
            if (p[0] instanceof Code) {
                return p[0];
            }
            String src = sourceText(p[0], "compile", "AST object");
            String filename = filenameArg(p[1]);
            if (!(p[2] instanceof PyStr m)) {
                throw PyErr.typeError("compile() argument 'mode' must be str, not %s", p[2].getType().getName());
            }
            String mode = m.value();
            if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
                throw PyErr.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            }
            return rt.compile(src, filename, mode);
        });
        def(ns, "eval", (a, kw) -> evalOrExec(rt, "eval", a, kw));
        def(ns, "exec", (a, kw) -> {
            evalOrExec(rt, "exec", a, kw);
            return PyNone.None;
        });
        def(ns, "__import__", (a, kw) -> {
            PyObject[] p = ArgParser.bind("__import__", a, kw,
                    new String[] {"name", "globals", "locals", "fromlist", "level"}, 0, 1);
            if (!(p[0] instanceof PyStr n)) {
                throw PyErr.typeError("module name must be a string");
            }
            int level = p[4] == null ? 0 : Abstract.indexAsInt(p[4]);
            if (level < 0) {
                throw PyErr.valueError("level must be >= 0");
            }
            if (n.value().isEmpty() && level == 0) {
                throw PyErr.valueError("Empty module name");
            }
            PyDict globals = p[1] instanceof PyDict g ? g : null;
            PyObject fromlist = p[3] == null ? PyTuple.EMPTY : p[3];
            return rt.importModule(n.value(), globals, fromlist, level);
        });
        ns.setItem("exit", new Quitter("exit"));
        ns.setItem("quit", new Quitter("quit"));
    }

    private static String filenameArg(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes b) {
            return new String(b.data(), StandardCharsets.UTF_8);
        }
        throw PyErr.typeError("expected str, bytes or os.PathLike object, not %s", o.getType().getName());
    }

    private static String sourceText(PyObject o, String fname, String alt) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes b) {
            return new String(b.data(), StandardCharsets.UTF_8);
        }
        throw PyErr.typeError("%s() arg 1 must be a string, bytes or %s", fname, alt);
    }

    private static PyObject evalOrExec(Runtime rt, String fname, PyObject[] a, String[] kw) {
        PyObject[] p = ArgParser.bind(fname, a, kw, new String[] {"source", "globals", "locals"}, 1, 1);
        PyObject globalsArg = p[1] == null ? PyNone.None : p[1];
        PyObject locals = p[2] == null ? PyNone.None : p[2];
        if (globalsArg != PyNone.None && !(globalsArg instanceof PyDict)) {
            throw PyErr.typeError(fname.equals("exec") ? "exec() globals must be a dict, not %s"
                    : "globals must be a dict", globalsArg.getType().getName());
        }
        if (locals != PyNone.None && !(locals instanceof PyDict) && locals.getType().lookup("__getitem__") == null) {
            throw PyErr.typeError(fname.equals("exec") ? "locals must be a mapping or None, not %s"
                    : "locals must be a mapping", locals.getType().getName());
        }
        PyDict globals;
        if (globalsArg == PyNone.None) {
            globals = rt.currentGlobals();
            if (locals == PyNone.None) {
                locals = rt.currentLocals();
            }
        } else {
            globals = (PyDict) globalsArg;
            if (locals == PyNone.None) {
                locals = globals;
            }
        }
        if (globals.getItem("__builtins__") == null) {
            globals.setItem("__builtins__", rt.builtins().getDict());
        }
        Code code;
        if (p[0] instanceof Code c) {
            code = c;
        } else {
            String src = sourceText(p[0], fname, "code object");
            if (fname.equals("eval")) {
                src = stripLeading(src);
            }
            code = rt.compile(src, "<string>", fname);
        }
        return rt.exec(code, globals, locals);
    }

    /** eval() ignores leading spaces and tabs. */
    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return s.substring(i);
    }

    private static final String[] PRINT_KW = {"sep", "end", "file", "flush"};

    static PyObject print(Runtime rt, PyObject[] a, String[] kw) {
        int npos = Args.npos(a, kw);
        PyObject sep = null, end = null, file = null, flush = null;
        if (kw != null && kw.length > 0) {
            PyObject[] k = Args.keywords("print", a, kw, PRINT_KW);
            sep = k[0];
            end = k[1];
            file = k[2];
            flush = k[3];
        }
        String sepS = textArg(sep, " ", "sep");
        String endS = textArg(end, "\n", "end");
        if (file == null || file == PyNone.None) {
            file = rt.stdout();
            if (file == null || file == PyNone.None) {
                return PyNone.None;
            }
        }
        if (file instanceof PyTextIO t) {
            t.writeString(joinLine(a, npos, sepS, endS));
        } else if (!file.getType().isHeap()) {
            // A built-in stream cannot observe how the text is split between writes: write once.
            Abstract.callMethod(file, "write", PyStr.of(joinLine(a, npos, sepS, endS)));
        } else {
            PyObject write = Abstract.getAttr(file, "write");
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    Abstract.call(write, PyStr.of(sepS));
                }
                Abstract.call(write, Abstract.str(a[i]));
            }
            Abstract.call(write, PyStr.of(endS));
        }
        if (flush != null && Abstract.isTrue(flush)) {
            Abstract.callMethod(file, "flush");
        }
        return PyNone.None;
    }

    private static String joinLine(PyObject[] a, int npos, String sep, String end) {
        if (npos == 1 && a[0] instanceof PyStr s) {
            return s.value().concat(end);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Abstract.str(a[i]).value());
        }
        return sb.append(end).toString();
    }

    private static String textArg(PyObject o, String dflt, String what) {
        if (o == null || o == PyNone.None) {
            return dflt;
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("%s must be None or a string, not %s", what, o.getType().getName());
    }

    static PyObject input(Runtime rt, PyObject[] a, String[] kw) {
        Args.positional("input", a, kw, 0, 1);
        Runtime.ConsoleReader console = rt.consoleReader();
        if (console != null) {
            // an interactive session: the line editor shows the prompt and edits the line
            String prompt = a.length == 1 ? Abstract.str(a[0]).value() : "";
            Abstract.callMethod(rt.stdout(), "flush");
            String line = console.readLine(prompt);
            if (line == null) {
                throw PyErr.of(PyExc.EOFError, "EOF when reading a line");
            }
            return PyStr.of(line);
        }
        PyObject out = rt.stdout();
        if (a.length == 1 && out != null && out != PyNone.None) {
            PyStr prompt = Abstract.str(a[0]);
            if (out instanceof PyTextIO t) {
                t.writeString(prompt.value());
                t.flush();
            } else {
                Abstract.callMethod(out, "write", prompt);
                Abstract.callMethod(out, "flush");
            }
        } else if (out instanceof PyTextIO t) {
            t.flush();
        } else if (out != null && out != PyNone.None && Abstract.lookupAttr(out, "flush") != null) {
            Abstract.callMethod(out, "flush");
        }
        PyObject in = rt.stdin();
        if (in == null || in == PyNone.None) {
            throw PyErr.runtimeError("input(): lost sys.stdin");
        }
        String line;
        if (in instanceof PyTextIO t) {
            line = t.readLineString();
        } else {
            PyObject r = Abstract.callMethod(in, "readline");
            if (!(r instanceof PyStr s)) {
                throw PyErr.typeError("object.readline() returned non-string");
            }
            line = s.value();
        }
        if (line.isEmpty()) {
            throw PyErr.of(PyExc.EOFError, "EOF when reading a line");
        }
        if (line.endsWith("\n")) {
            line = line.substring(0, line.length() - 1);
        }
        return PyStr.of(line);
    }
}
