package org.minipy.modules;

import static org.minipy.modules.ModuleDefs.def;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.minipy.modules.io.IOErrors;
import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.vm.Runtime;

/** The {@code os} module (the POSIX subset minipy needs); relative paths use the interpreter's working directory. */
public final class OsModule {
    private OsModule() {
    }

    public static PyModule create(Runtime rt, PyModule path) {
        PyModule m = new PyModule("os");
        PyDict d = m.getDict();
        d.setItem("path", path);
        d.setItem("name", PyStr.of("posix"));
        d.setItem("sep", PyStr.of("/"));
        d.setItem("altsep", PyNone.None);
        d.setItem("extsep", PyStr.of("."));
        d.setItem("pathsep", PyStr.of(":"));
        d.setItem("linesep", PyStr.of("\n"));
        d.setItem("curdir", PyStr.of("."));
        d.setItem("pardir", PyStr.of(".."));
        d.setItem("devnull", PyStr.of("/dev/null"));
        PyDict environ = new PyDict();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(System.getenv()).entrySet()) {
            environ.setItem(PyStr.of(e.getKey()), PyStr.of(e.getValue()));
        }
        d.setItem("environ", environ);
        def(m, "getenv", (a, kw) -> {
            PyObject[] p = ArgParser.bind("getenv", a, kw, new String[] {"key", "default"}, 0, 1);
            if (!(p[0] instanceof PyStr)) {
                throw PyErr.typeError("str expected, not %s", p[0].getType().getName());
            }
            PyObject env = Abstract.getAttr(m, "environ");
            PyObject v = env instanceof PyDict ed ? ed.getItemOrNull(p[0]) : null;
            return v != null ? v : p[1] == null ? PyNone.None : p[1];
        });
        def(m, "getcwd", (a, kw) -> {
            ModuleDefs.none("getcwd", a, kw);
            return PyStr.of(rt.workingDirectory().toString());
        });
        def(m, "getpid", (a, kw) -> PyInt.of(ProcessHandle.current().pid()));
        def(m, "cpu_count", (a, kw) -> PyInt.of(java.lang.Runtime.getRuntime().availableProcessors()));
        def(m, "urandom", (a, kw) -> {
            int n = Abstract.indexAsInt(ModuleDefs.one("urandom", a, kw));
            if (n < 0) {
                throw PyErr.valueError("negative argument not allowed");
            }
            byte[] b = new byte[n];
            new java.security.SecureRandom().nextBytes(b);
            return PyBytes.of(b);
        });
        def(m, "listdir", (a, kw) -> {
            PyObject[] p = ArgParser.bind("listdir", a, kw, new String[] {"path"}, 0, 0);
            String name = p[0] == null || p[0] == PyNone.None ? "." : pathArg("listdir", p[0]);
            Path dir = resolve(rt, name);
            if (!Files.exists(dir)) {
                throw IOErrors.os(IOErrors.ENOENT, name);
            }
            if (!Files.isDirectory(dir)) {
                throw IOErrors.os(IOErrors.ENOTDIR, name);
            }
            List<String> names = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                s.forEach(x -> names.add(x.getFileName().toString()));
            } catch (IOException e) {
                throw IOErrors.from(e, name);
            }
            PyList l = new PyList();
            for (String n : names) {
                l.append(PyStr.of(n));
            }
            return l;
        });
        for (String fname : new String[] {"remove", "unlink"}) {
            def(m, fname, (a, kw) -> {
                PyObject[] p = ArgParser.bind(fname, a, kw, new String[] {"path", "dir_fd"}, 0, 1);
                String name = pathArg(fname, p[0]);
                Path f = resolve(rt, name);
                if (Files.isDirectory(f)) {
                    throw IOErrors.os(IOErrors.EISDIR, name);
                }
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw IOErrors.from(e, name);
                }
                return PyNone.None;
            });
        }
        def(m, "rmdir", (a, kw) -> {
            PyObject[] p = ArgParser.bind("rmdir", a, kw, new String[] {"path", "dir_fd"}, 0, 1);
            String name = pathArg("rmdir", p[0]);
            Path f = resolve(rt, name);
            if (Files.exists(f) && !Files.isDirectory(f)) {
                throw IOErrors.os(IOErrors.ENOTDIR, name);
            }
            try {
                Files.delete(f);
            } catch (IOException e) {
                throw IOErrors.from(e, name);
            }
            return PyNone.None;
        });
        def(m, "mkdir", (a, kw) -> {
            PyObject[] p = ArgParser.bind("mkdir", a, kw, new String[] {"path", "mode", "dir_fd"}, 0, 1);
            String name = pathArg("mkdir", p[0]);
            try {
                Files.createDirectory(resolve(rt, name));
            } catch (IOException e) {
                throw IOErrors.from(e, name);
            }
            return PyNone.None;
        });
        def(m, "makedirs", (a, kw) -> {
            PyObject[] p = ArgParser.bind("makedirs", a, kw, new String[] {"name", "mode", "exist_ok"}, 0, 1);
            String name = pathArg("makedirs", p[0]);
            boolean existOk = p[2] != null && Abstract.isTrue(p[2]);
            Path dir = resolve(rt, name);
            if (Files.exists(dir)) {
                if (existOk && Files.isDirectory(dir)) {
                    return PyNone.None;
                }
                throw IOErrors.os(IOErrors.EEXIST, name);
            }
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw IOErrors.from(e, name);
            }
            return PyNone.None;
        });
        for (String fname : new String[] {"rename", "replace"}) {
            def(m, fname, (a, kw) -> {
                PyObject[] p = ArgParser.bind(fname, a, kw, new String[] {"src", "dst"}, 0, 2);
                String src = pathArg(fname, p[0]), dst = pathArg(fname, p[1]);
                Path s = resolve(rt, src);
                if (!Files.exists(s)) {
                    throw IOErrors.os(IOErrors.ENOENT, src);
                }
                try {
                    Files.move(s, resolve(rt, dst), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw IOErrors.from(e, src);
                }
                return PyNone.None;
            });
        }
        return m;
    }

    private static Path resolve(Runtime rt, String p) {
        return rt.workingDirectory().resolve(p);
    }

    private static String pathArg(String fname, PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes b) {
            return new String(b.data(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // listdir also takes a file descriptor or None, and says so
        throw PyErr.typeError(fname.equals("listdir")
                ? "%s: path should be string, bytes, os.PathLike, integer or None, not %s"
                : "%s: path should be string, bytes or os.PathLike, not %s", fname, o.getType().getName());
    }
}
