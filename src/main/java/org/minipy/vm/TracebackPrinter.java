package org.minipy.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBaseException;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;
import org.minipy.objects.PyType;

/**
 * Formats an exception the way CPython 3.11 prints an uncaught one: the chain of causes and
 * contexts, "Traceback (most recent call last):", one File/line/source entry per frame (runs of
 * more than three identical entries collapsed), and the "Type: message" line; SyntaxError shows
 * its source line and carets (cf. {@code traceback.TracebackException}).
 */
public final class TracebackPrinter {
    private static final int RECURSIVE_CUTOFF = 3;

    private final InterpreterState interp;
    private final StringBuilder out = new StringBuilder();
    private final Map<PyBaseException, Boolean> seen = new IdentityHashMap<>();

    private TracebackPrinter(InterpreterState interp) {
        this.interp = interp;
    }

    public static String format(InterpreterState interp, PyBaseException exc) {
        TracebackPrinter p = new TracebackPrinter(interp);
        p.chain(exc);
        return p.out.toString();
    }

    private void chain(PyBaseException exc) {
        seen.put(exc, Boolean.TRUE);
        if (exc.cause != null && !seen.containsKey(exc.cause)) {
            chain(exc.cause);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (exc.context != null && !exc.suppressContext && !seen.containsKey(exc.context)) {
            chain(exc.context);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (exc.traceback instanceof PyTraceback tb) {
            out.append("Traceback (most recent call last):\n");
            entries(tb);
        }
        exceptionOnly(exc);
    }

    private void entries(PyTraceback tb) {
        String lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            String file = t.frame.code.co_filename, name = t.frame.code.co_name;
            int line = t.lineno;
            if (file.equals(lastFile) && line == lastLine && name.equals(lastName)) {
                count++;
                if (count > RECURSIVE_CUTOFF) {
                    continue;
                }
            } else {
                repeated(count);
                lastFile = file;
                lastName = name;
                lastLine = line;
                count = 1;
            }
            out.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(name)
                    .append('\n');
            String src = sourceLine(file, line);
            if (src != null && !src.isBlank()) {
                out.append("    ").append(src.strip()).append('\n');
            }
        }
        repeated(count);
    }

    private void repeated(int count) {
        if (count > RECURSIVE_CUTOFF) {
            int n = count - RECURSIVE_CUTOFF;
            out.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    private String sourceLine(String file, int line) {
        if (line < 1 || file.startsWith("<")) {
            return null;
        }
        String text = interp.sourceOf(file);
        if (text == null) {
            try {
                Path p = interp.workingDirectory().resolve(file);
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        String[] lines = text.split("\n", -1);
        return line <= lines.length ? lines[line - 1] : null;
    }

    /** The last line(s): {@code Type: message}, and for SyntaxError the location block. */
    private void exceptionOnly(PyBaseException exc) {
        PyType t = exc.getType();
        String mod = t.moduleName();
        String tname = mod == null || mod.equals("builtins") || mod.equals("__main__")
                ? t.getQualName() : mod + "." + t.getQualName();
        if (t.isSubtypeOf(PyExc.SyntaxError)) {
            syntaxError(exc, tname);
            notes(exc);
            return;
        }
        String msg;
        try {
            msg = Abstract.str(exc).value();
        } catch (RuntimeException e) {
            msg = "<exception str() failed>";
        }
        String hint = Suggestions.forException(exc);
        if (hint != null) {
            msg += ". Did you mean: '" + hint + "'?";
        }
        out.append(tname);
        if (!msg.isEmpty()) {
            out.append(": ").append(msg);
        }
        out.append('\n');
        notes(exc);
    }

    /**
     * The exception's {@code __notes__} (from {@code add_note}), one per line, after its message.
     * Like CPython 3.11, a sequence has each item printed (str() of a non-str), anything else its
     * repr, without a newline.
     */
    private void notes(PyBaseException exc) {
        try {
            PyObject notes = Abstract.lookupAttr(exc, "__notes__");
            if (notes == null) {
                return;
            }
            if (!(notes instanceof PyList || notes instanceof PyTuple || notes instanceof PyStr)
                    && notes.getType().lookup("__getitem__") == null) {
                out.append(Abstract.repr(notes).value());
                return;
            }
            PyObject it = Abstract.iter(notes);
            for (PyObject n = Abstract.next(it); n != null; n = Abstract.next(it)) {
                out.append(Abstract.str(n).value()).append('\n');
            }
        } catch (RuntimeException e) {
            out.append("<__notes__ failed>\n"); // a broken __notes__ must not hide the exception
        }
    }

    private void syntaxError(PyBaseException exc, String tname) {
        PyObject fn = exc.attr("filename"), lineno = exc.attr("lineno"), text = exc.attr("text");
        PyObject offset = exc.attr("offset"), endOffset = exc.attr("end_offset"), msgObj = exc.attr("msg");
        String suffix = "";
        if (lineno instanceof PyInt ln) {
            out.append("  File \"").append(fn instanceof PyStr f ? f.value() : "<string>").append("\", line ")
                    .append(ln.value).append('\n');
        } else if (fn instanceof PyStr f) {
            suffix = " (" + f.value() + ")";
        }
        if (text instanceof PyStr ts) {
            String rtext = stripTrailingNewlines(ts.value());
            String ltext = stripLeading(rtext);
            int spaces = rtext.length() - ltext.length();
            out.append("    ").append(ltext).append('\n');
            if (offset instanceof PyInt o) {
                int off = (int) o.value;
                int end = endOffset instanceof PyInt e && e.value != 0 ? (int) e.value : off;
                if (off == end || end == -1) {
                    end = off + 1;
                }
                int col = off - 1 - spaces, endCol = end - 1 - spaces;
                if (col >= 0) {
                    // CPython 3.11 places the caret in plain spaces, counting UTF-8 bytes for the
                    // parser's errors (whose text keeps its newline) and characters for the tokenizer's
                    boolean bytes = ts.value().endsWith("\n");
                    int colBytes = bytes ? utf8Width(ltext, col) : col;
                    int endBytes = bytes ? utf8Width(ltext, endCol) : endCol;
                    StringBuilder caret = new StringBuilder("    ");
                    caret.append(" ".repeat(colBytes));
                    caret.append("^".repeat(Math.max(1, endBytes - colBytes)));
                    out.append(caret).append('\n');
                }
            }
        }
        String msg = msgObj instanceof PyStr m && !m.value().isEmpty() ? m.value() : "<no detail available>";
        out.append(tname).append(": ").append(msg).append(suffix).append('\n');
    }

    /** UTF-8 length of the first {@code cols} code points of {@code s} (columns past its end count one each). */
    private static int utf8Width(String s, int cols) {
        int n = 0, i = 0, k = 0;
        for (; k < cols && i < s.length(); k++) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return n + Math.max(0, cols - k);
    }

    private static String stripTrailingNewlines(String s) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) == '\n') {
            e--;
        }
        return s.substring(0, e);
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n'
                || s.charAt(i) == '\f')) {
            i++;
        }
        return s.substring(i);
    }
}
