package org.minipy.modules.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyException;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;

/** The builtin {@code open()}: checks mode and options as CPython's {@code io.open}, makes the file object. */
public final class FileOpener {
    private FileOpener() {
    }

    private static final String[] PARAMS =
            {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};

    /** {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, ...)}. */
    public static PyFileObject open(Path cwd, PyObject[] args, String[] kwnames) {
        PyObject[] p = ArgParser.bind("open", args, kwnames, PARAMS, 0, 1);
        String file = pathArg(p[0]);
        String mode = strArg(p[1], "r", "open", "mode");
        int buffering = p[2] == null ? -1 : Abstract.indexAsInt(p[2]);
        String encoding = optStrArg(p[3], "encoding");
        String errors = optStrArg(p[4], "errors");
        String newline = optStrArg(p[5], "newline");
        if (p[6] != null && !Abstract.isTrue(p[6])) {
            throw PyErr.valueError("Cannot use closefd=False with file name");
        }
        PyObject opener = p[7] == null || p[7] == PyNone.None ? null : p[7];
        return open(cwd.resolve(file), file, mode, buffering, encoding, errors, newline, opener, p[0]);
    }

    /** Opens {@code path} (shown as {@code name}) in {@code mode} with the default buffering. */
    public static PyFileObject open(Path path, String name, String mode, String encoding, String newline) {
        return open(path, name, mode, -1, encoding, null, newline);
    }

    /**
     * Opens {@code path} (shown as {@code name}): checks the mode and options in CPython's order,
     * opens the raw file, puts the buffered layer over it and, in text mode, the text layer.
     */
    public static PyFileObject open(Path path, String name, String mode, int buffering, String encoding,
                                    String errors, String newline) {
        return open(path, name, mode, buffering, encoding, errors, newline, null, null);
    }

    /**
     * As {@link #open(Path, String, String, int, String, String, String)}, with open()'s
     * {@code opener} (null: none), called as {@code opener(file, flags)} with {@code fileArg},
     * the file argument as given.
     */
    static PyFileObject open(Path path, String name, String mode, int buffering, String encoding,
                             String errors, String newline, PyObject opener, PyObject fileArg) {
        boolean r = false, w = false, a = false, x = false, b = false, t = false, plus = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwaxbt+".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw PyErr.valueError("invalid mode: '%s'", mode);
            }
            switch (c) {
                case 'r': r = true; break;
                case 'w': w = true; break;
                case 'a': a = true; break;
                case 'x': x = true; break;
                case 'b': b = true; break;
                case 't': t = true; break;
                default: plus = true; break;
            }
        }
        if (t && b) {
            throw PyErr.valueError("can't have text and binary mode at once");
        }
        int kinds = (r ? 1 : 0) + (w ? 1 : 0) + (a ? 1 : 0) + (x ? 1 : 0);
        if (kinds > 1) {
            throw PyErr.valueError("must have exactly one of create/read/write/append mode");
        }
        if (b && encoding != null) {
            throw PyErr.valueError("binary mode doesn't take an encoding argument");
        }
        if (b && errors != null) {
            throw PyErr.valueError("binary mode doesn't take an errors argument");
        }
        if (b && newline != null) {
            throw PyErr.valueError("binary mode doesn't take a newline argument");
        }
        if (kinds == 0) {
            throw PyErr.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        // CPython warns here for buffering=1 in binary mode ("line buffering (buffering=1) isn't
        // supported in binary mode, the default buffer size will be used", RuntimeWarning);
        // minipy's modules have no way to issue a warning, so it is not shown
        char kind = r ? 'r' : w ? 'w' : a ? 'a' : 'x';
        if (opener != null) {
            callOpener(opener, fileArg, kind, plus);
        }
        if (kind != 'x' && Files.isDirectory(path)) {
            throw IOErrors.os(IOErrors.EISDIR, name);
        }
        Path key = path.toAbsolutePath().normalize();
        flushWriters(key);
        String rawMode = (kind == 'w' && plus ? "r" : String.valueOf(kind)) + "b" + (plus ? "+" : "");
        PyRawFile raw = new PyRawFile(RawFile.open(path, name, kind, plus), name, rawMode, kind == 'r' || plus,
                kind != 'r' || plus);
        if (fileArg instanceof PyBytes) {
            raw.nameObj = fileArg;
        }
        if (buffering == 0) {
            if (b) {
                return raw;
            }
            raw.close();
            throw PyErr.valueError("can't have unbuffered text I/O");
        }
        PyBinaryFile buffered = new PyBinaryFile(raw, buffering > 1 ? buffering : PyRawFile.BLKSIZE);
        if (b) {
            registerWriter(key, buffered);
            return buffered;
        }
        try {
            if (newline != null && !List.of("", "\n", "\r", "\r\n").contains(newline)) {
                throw PyErr.valueError("illegal newline value: %s", newline);
            }
            Charset cs = charset(encoding == null ? "utf-8" : encoding);
            TextFile f = new TextFile(buffered, name, mode, encoding == null ? "UTF-8" : encoding, cs,
                    errors == null ? "strict" : errors, newline, buffering == 1);
            f.nameObj = raw.nameObj;
            registerWriter(key, f);
            return f;
        } catch (RuntimeException e) {
            buffered.close();
            throw e;
        }
    }

    /** The os.open() flags CPython's FileIO gives the opener (Linux values). */
    static int openFlags(char kind, boolean plus) {
        final int wronly = 1, rdwr = 2, creat = 0100, excl = 0200, trunc = 01000, append = 02000,
                cloexec = 02000000;
        int flags;
        switch (kind) {
            case 'w': flags = wronly | creat | trunc; break;
            case 'a': flags = wronly | creat | append; break;
            case 'x': flags = wronly | creat | excl; break;
            default: flags = 0; break;
        }
        if (plus) {
            flags = (flags & ~wronly) | rdwr;
        }
        return flags | cloexec;
    }

    /**
     * Calls {@code opener(file, flags)} and checks its result as CPython's FileIO does. minipy's
     * files are Java channels, not file descriptors, and its os module has no os.open(), so no
     * descriptor an opener returns can be one minipy has open: a valid one is EBADF, as CPython
     * says for a descriptor that is not open.
     */
    private static void callOpener(PyObject opener, PyObject fileArg, char kind, boolean plus) {
        PyObject fd = Abstract.call(opener, fileArg, org.minipy.objects.PyInt.of(openFlags(kind, plus)));
        if (!(fd instanceof org.minipy.objects.PyInt n)) {
            throw PyErr.typeError("expected integer from opener");
        }
        if (!n.fitsInt()) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        if (n.intValue() < 0) {
            throw PyErr.valueError("opener returned %d", n.intValue());
        }
        throw IOErrors.os(IOErrors.EBADF, null);
    }

    /**
     * Files open for writing, by path. CPython frees a file object, and so flushes it, as soon
     * as the last reference goes ({@code open(p, 'w').write(s)} then {@code open(p).read()});
     * minipy has no reference counts, so opening a path first writes out what other file
     * objects still hold for it, and the pending bytes of files never closed are written out
     * when the JVM exits.
     */
    private static final Map<Path, List<WeakReference<PyFileObject>>> WRITERS = new HashMap<>();
    private static boolean hookAdded;

    private static synchronized void registerWriter(Path key, PyFileObject f) {
        if (!f.writable()) {
            return;
        }
        WRITERS.computeIfAbsent(key, k -> new ArrayList<>()).add(new WeakReference<>(f));
        if (!hookAdded) {
            hookAdded = true;
            Runtime.getRuntime().addShutdownHook(new Thread(FileOpener::flushAll, "minipy-flush-files"));
        }
    }

    private static synchronized void flushWriters(Path key) {
        List<WeakReference<PyFileObject>> list = WRITERS.get(key);
        if (list == null) {
            return;
        }
        for (Iterator<WeakReference<PyFileObject>> it = list.iterator(); it.hasNext(); ) {
            PyFileObject f = it.next().get();
            if (f == null || f.isClosed()) {
                it.remove();
            } else {
                try {
                    f.flush();
                } catch (PyException e) {
                    // reported (if ever) by that file's own flush or close
                }
            }
        }
        if (list.isEmpty()) {
            WRITERS.remove(key);
        }
    }

    private static synchronized void flushAll() {
        for (Path key : new ArrayList<>(WRITERS.keySet())) {
            flushWriters(key);
        }
    }

    /** Python codec names to Java charsets; LookupError for unknown ones. */
    public static Charset charset(String encoding) {
        String e = encoding.toLowerCase().replace('_', '-');
        switch (e) {
            case "utf-8": case "utf8": case "u8":
                return StandardCharsets.UTF_8;
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "l1":
                return StandardCharsets.ISO_8859_1;
            case "ascii": case "us-ascii":
                return StandardCharsets.US_ASCII;
            case "utf-16":
                return StandardCharsets.UTF_16;
            default:
                try {
                    return Charset.forName(encoding);
                } catch (RuntimeException ex) {
                    throw PyErr.lookupError("unknown encoding: %s", encoding);
                }
        }
    }

    private static String pathArg(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes bs) {
            return new String(bs.data(), StandardCharsets.UTF_8);
        }
        throw PyErr.typeError("expected str, bytes or os.PathLike object, not %s", o.getType().getName());
    }

    /** An argument's type as CPython's argument errors name it ("None" for None). */
    static String typeName(PyObject o) {
        return o == PyNone.None ? "None" : o.getType().getName();
    }

    private static String optStrArg(PyObject o, String pname) {
        if (o == null || o == PyNone.None) {
            return null;
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("open() argument '%s' must be str or None, not %s", pname, typeName(o));
    }

    private static String strArg(PyObject o, String dflt, String fname, String pname) {
        if (o == null) {
            return dflt;
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("%s() argument '%s' must be str, not %s", fname, pname, typeName(o));
    }
}
