package org.minipy.modules;

import static org.minipy.modules.ModuleDefs.def;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.minipy.modules.io.IOErrors;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;
import org.minipy.vm.Runtime;

/** {@code os.path} (CPython's posixpath): string operations, and file tests relative to the working directory. */
public final class OsPathModule {
    private OsPathModule() {
    }

    public static PyModule create(Runtime rt) {
        PyModule m = new PyModule("posixpath");
        m.getDict().setItem("sep", PyStr.of("/"));
        m.getDict().setItem("curdir", PyStr.of("."));
        m.getDict().setItem("pardir", PyStr.of(".."));
        m.getDict().setItem("extsep", PyStr.of("."));
        m.getDict().setItem("pathsep", PyStr.of(":"));
        def(m, "join", (a, kw) -> {
            ModuleDefs.noKw("join", kw);
            if (a.length == 0) {
                throw PyErr.typeError("join() missing 1 required positional argument: 'a'");
            }
            String path = joinArg(a[0]);
            for (int i = 1; i < a.length; i++) {
                path = join(path, joinArg(a[i]));
            }
            return PyStr.of(path);
        });
        def(m, "split", (a, kw) -> {
            String[] s = split(str(ModuleDefs.one("split", a, kw)));
            return PyTuple.of(PyStr.of(s[0]), PyStr.of(s[1]));
        });
        def(m, "dirname", (a, kw) -> PyStr.of(split(str(ModuleDefs.one("dirname", a, kw)))[0]));
        def(m, "basename", (a, kw) -> {
            String p = str(ModuleDefs.one("basename", a, kw));
            return PyStr.of(p.substring(p.lastIndexOf('/') + 1));
        });
        def(m, "splitext", (a, kw) -> {
            String[] s = splitext(str(ModuleDefs.one("splitext", a, kw)));
            return PyTuple.of(PyStr.of(s[0]), PyStr.of(s[1]));
        });
        def(m, "normpath", (a, kw) -> PyStr.of(normpath(str(ModuleDefs.one("normpath", a, kw)))));
        def(m, "isabs", (a, kw) -> PyBool.of(str(ModuleDefs.one("isabs", a, kw)).startsWith("/")));
        def(m, "abspath", (a, kw) -> PyStr.of(abspath(rt, str(ModuleDefs.one("abspath", a, kw)))));
        def(m, "realpath", (a, kw) -> {
            String p = abspath(rt, str(ModuleDefs.one("realpath", a, kw)));
            try {
                return PyStr.of(Paths.get(p).toRealPath().toString());
            } catch (java.io.IOException e) {
                return PyStr.of(p);
            }
        });
        def(m, "expanduser", (a, kw) -> {
            String p = str(ModuleDefs.one("expanduser", a, kw));
            if (p.equals("~") || p.startsWith("~/")) {
                return PyStr.of(System.getProperty("user.home") + p.substring(1));
            }
            return PyStr.of(p);
        });
        def(m, "exists", (a, kw) -> PyBool.of(Files.exists(resolve(rt, statArg(ModuleDefs.one("exists", a, kw))))));
        def(m, "isfile", (a, kw) -> PyBool.of(Files.isRegularFile(resolve(rt, statArg(ModuleDefs.one("isfile", a, kw))))));
        def(m, "isdir", (a, kw) -> PyBool.of(Files.isDirectory(resolve(rt, statArg(ModuleDefs.one("isdir", a, kw))))));
        def(m, "getsize", (a, kw) -> {
            String p = statArg(ModuleDefs.one("getsize", a, kw));
            try {
                return PyInt.of(Files.size(resolve(rt, p)));
            } catch (java.io.IOException e) {
                throw IOErrors.from(e, p);
            }
        });
        def(m, "getmtime", (a, kw) -> {
            String p = statArg(ModuleDefs.one("getmtime", a, kw));
            try {
                return new org.minipy.objects.PyFloat(
                        Files.getLastModifiedTime(resolve(rt, p)).toMillis() / 1000.0);
            } catch (java.io.IOException e) {
                throw IOErrors.from(e, p);
            }
        });
        return m;
    }

    static Path resolve(Runtime rt, String p) {
        return rt.workingDirectory().resolve(p);
    }

    private static String joinArg(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("join() argument must be str, bytes, or os.PathLike object, not '%s'",
                o.getType().getName());
    }

    private static String str(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("expected str, bytes or os.PathLike object, not %s", o.getType().getName());
    }

    private static String statArg(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("stat: path should be string, bytes, os.PathLike or integer, not %s",
                o.getType().getName());
    }

    static String join(String path, String b) {
        if (b.startsWith("/")) {
            return b;
        }
        if (path.isEmpty() || path.endsWith("/")) {
            return path + b;
        }
        return path + "/" + b;
    }

    static String[] split(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i), tail = p.substring(i);
        if (!head.isEmpty() && !head.equals("/".repeat(head.length()))) {
            int end = head.length();
            while (end > 0 && head.charAt(end - 1) == '/') {
                end--;
            }
            head = head.substring(0, end);
        }
        return new String[] {head, tail};
    }

    static String[] splitext(String p) {
        int sep = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > sep) {
            for (int f = sep + 1; f < dot; f++) {
                if (p.charAt(f) != '.') {
                    return new String[] {p.substring(0, dot), p.substring(dot)};
                }
            }
        }
        return new String[] {p, ""};
    }

    static String normpath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int initial = path.startsWith("/") ? 1 : 0;
        if (initial == 1 && path.startsWith("//") && !path.startsWith("///")) {
            initial = 2;
        }
        java.util.ArrayList<String> comps = new java.util.ArrayList<>();
        for (String comp : path.split("/", -1)) {
            if (comp.isEmpty() || comp.equals(".")) {
                continue;
            }
            if (!comp.equals("..") || (initial == 0 && comps.isEmpty())
                    || (!comps.isEmpty() && comps.get(comps.size() - 1).equals(".."))) {
                comps.add(comp);
            } else if (!comps.isEmpty()) {
                comps.remove(comps.size() - 1);
            }
        }
        String r = "/".repeat(initial) + String.join("/", comps);
        return r.isEmpty() ? "." : r;
    }

    static String abspath(Runtime rt, String p) {
        if (!p.startsWith("/")) {
            p = join(rt.workingDirectory().toString(), p);
        }
        return normpath(p);
    }
}
