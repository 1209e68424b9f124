package org.minipy.vm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/**
 * A text stream over a Java stream: what {@code sys.stdout}, {@code sys.stderr} and
 * {@code sys.stdin} are (the minimal part of {@code io.TextIOWrapper} they need).
 */
public final class StdStream extends PyObject {
    public static final PyType TYPE = PyType.builtinInModule("StdStream", "_io", PyType.OBJECT, null);

    static {
        TYPE.def("write", (a, kw) -> {
            ArgParser.checkCount("write", a, kw, 2, 2);
            if (!(a[1] instanceof PyStr s)) {
                throw PyErr.typeError("write() argument must be str, not %s", a[1].getType().getName());
            }
            ((StdStream) a[0]).write(s.value());
            return PyInt.of(s.value().length());
        });
        TYPE.def("flush", (a, kw) -> {
            ((StdStream) a[0]).flush();
            return PyNone.None;
        });
        TYPE.def("readline", (a, kw) -> PyStr.of(((StdStream) a[0]).readLine()));
        TYPE.def("isatty", (a, kw) -> PyBool.False);
        TYPE.def("fileno", (a, kw) -> PyInt.of(((StdStream) a[0]).fd));
    }

    private final String name;
    private final int fd;
    private final PrintStream out;
    private final BufferedReader in;

    private StdStream(String name, int fd, PrintStream out, InputStream in) {
        this.name = name;
        this.fd = fd;
        this.out = out;
        this.in = in == null ? null : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public static StdStream output(String name, int fd, PrintStream out) {
        return new StdStream(name, fd, out, null);
    }

    public static StdStream input(String name, InputStream in) {
        return new StdStream(name, 0, null, in);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The Java stream written to (null for an input stream). */
    public PrintStream printStream() {
        return out;
    }

    public void write(String s) {
        if (out == null) {
            throw PyErr.of(org.minipy.objects.PyExc.OSError, "not writable");
        }
        out.print(s);
    }

    public void flush() {
        if (out != null) {
            out.flush();
        }
    }

    /** One line including its newline, or "" at end of input. */
    public String readLine() {
        if (in == null) {
            throw PyErr.of(org.minipy.objects.PyExc.OSError, "not readable");
        }
        try {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw PyErr.osError("%s", e.getMessage());
        }
    }

    @Override
    public PyObject getAttribute(String attr) {
        switch (attr) {
            case "name": return PyStr.of(name);
            case "encoding": return PyStr.of("utf-8");
            case "closed": return PyBool.False;
            default: return super.getAttribute(attr);
        }
    }

    @Override
    public PyStr repr() {
        return PyStr.of("<_io.TextIOWrapper name='" + name + "' mode='" + (out == null ? "r" : "w")
                + "' encoding='utf-8'>");
    }
}
