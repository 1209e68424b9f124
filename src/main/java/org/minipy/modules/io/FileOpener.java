package org.minipy.modules.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyErr;
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
        String encoding = p[3] == null || p[3] == PyNone.None ? null : strArg(p[3], null, "open", "encoding");
        String newline = p[5] == null || p[5] == PyNone.None ? null : strArg(p[5], null, "open", "newline");
        return open(cwd.resolve(file), file, mode, encoding, newline);
    }

    /** Opens {@code path} (shown as {@code name}) in {@code mode}. */
    public static PyFileObject open(Path path, String name, String mode, String encoding, String newline) {
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
        if ((r ? 1 : 0) + (w ? 1 : 0) + (a ? 1 : 0) + (x ? 1 : 0) != 1) {
            throw PyErr.valueError("must have exactly one of create/read/write/append mode");
        }
        if (b && encoding != null) {
            throw PyErr.valueError("binary mode doesn't take an encoding argument");
        }
        if (b && newline != null) {
            throw PyErr.valueError("binary mode doesn't take a newline argument");
        }
        if (newline != null && !List.of("", "\n", "\r", "\r\n").contains(newline)) {
            throw PyErr.valueError("illegal newline value: %s", newline);
        }
        if (plus) {
            throw PyErr.notImplementedError("open(): mode '+' is not supported by minipy");
        }
        Charset cs = b ? null : charset(encoding == null ? "utf-8" : encoding);
        String encName = encoding == null ? "UTF-8" : encoding;
        if (Files.isDirectory(path)) {
            throw IOErrors.os(IOErrors.EISDIR, name);
        }
        if (r) {
            if (!Files.exists(path)) {
                throw IOErrors.os(IOErrors.ENOENT, name);
            }
            if (!Files.isReadable(path)) {
                throw IOErrors.os(IOErrors.EACCES, name);
            }
            return b ? new PyBinaryFile(path, name, mode, null)
                    : new TextFile(path, name, mode, cs, encName, newline == null, true, null);
        }
        List<StandardOpenOption> opts = new ArrayList<>();
        opts.add(StandardOpenOption.WRITE);
        if (x) {
            opts.add(StandardOpenOption.CREATE_NEW);
        } else {
            opts.add(StandardOpenOption.CREATE);
            opts.add(a ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        }
        OutputStream out;
        try {
            out = new BufferedOutputStream(Files.newOutputStream(path, opts.toArray(new StandardOpenOption[0])));
        } catch (IOException e) {
            throw IOErrors.from(e, name);
        }
        if (b) {
            return new PyBinaryFile(path, name, mode, out);
        }
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, cs));
        return new TextFile(path, name, mode, cs, encName, newline == null, false, writer);
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

    private static String strArg(PyObject o, String dflt, String fname, String pname) {
        if (o == null) {
            return dflt;
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("%s() argument '%s' must be str, not %s", fname, pname, o.getType().getName());
    }
}
