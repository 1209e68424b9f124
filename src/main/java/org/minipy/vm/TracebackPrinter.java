package org.minipy.vm;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import org.minipy.code.Code;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBaseException;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyNone;
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
            String src = interp.sourceLine(file, line);
            if (src != null) {
                int indent = 0;
                while (indent < src.length() && isBlank(src.charAt(indent))) {
                    indent++;
                }
                out.append("    ").append(src, indent, src.length()).append('\n');
                carets(t, src, indent);
            }
        }
        repeated(count);
    }

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /**
     * The line of {@code ^} (and {@code ~}) under the source line that marks the columns of the
     * instruction the entry stopped at (cf. tb_displayline in CPython 3.11's Python/traceback.c,
     * which prints uncaught exceptions; traceback.py differs in details). Nothing when the
     * instruction has no columns or marks the whole line. A range spanning several lines is
     * marked up to the last non-blank byte of its first line (CPython mixes bytes and characters
     * there; so do we).
     * Binary operations and subscripts show their operator or brackets with {@code ^} and the
     * rest with {@code ~}. Columns are display columns: East Asian wide characters count two.
     * src is the whole line, indent the length of its leading blanks.
     */
    private void carets(PyTraceback t, String src, int indent) {
        Code code = t.frame.code;
        int line = code.positionOf(t.lasti, 0), endLine = code.positionOf(t.lasti, 1);
        int col = code.positionOf(t.lasti, 2), endCol = code.positionOf(t.lasti, 3);
        if (line < 0 || endLine < 0 || col < 0 || endCol < 0) {
            return;
        }
        byte[] utf8 = src.getBytes(StandardCharsets.UTF_8);
        int start = charOffset(utf8, col), end = charOffset(utf8, endCol);
        int leftEnd = -1, rightStart = -1;
        char primary = '^', secondary = '^';
        if (line == endLine) {
            int[] a = interp.caretAnchors(substring(src, start, end));
            if (a != null) {
                leftEnd = a[0] + start;
                rightStart = a[1] + start;
                if (a[2] != 0) {
                    primary = '~';
                }
            }
        } else {
            // CPython starts from the line's length in characters but reads bytes
            int i = Math.min(src.codePointCount(0, src.length()), utf8.length);
            while (--i >= 0 && isBlank(utf8[i])) {
                // back over trailing blanks
            }
            end = i + 1;
        }
        int strippedLength = src.codePointCount(0, src.length()) - indent;
        boolean anchored = leftEnd != -1 || rightStart != -1;
        if (end - start == strippedLength && !anchored) {
            return;
        }
        // from characters to columns on a terminal, where some characters take two
        start = EastAsianWidth.width(src, start);
        end = EastAsianWidth.width(src, end);
        if (anchored) {
            leftEnd = EastAsianWidth.width(src, leftEnd);
            rightStart = EastAsianWidth.width(src, rightStart);
        }
        // column p (1-based) of the line as printed, whose first 4 columns are the margin
        for (int p = indent - 4 + 1; p <= end; p++) {
            out.append(p <= start ? ' ' : anchored && leftEnd < p && p <= rightStart ? secondary : primary);
        }
        out.append('\n');
    }

    /**
     * The characters in the first byteOffset bytes of a line's UTF-8 form, a partial character
     * counted as one (cf. _PyPegen_byte_offset_to_character_offset, which may count the
     * terminating NUL too).
     */
    private static int charOffset(byte[] utf8, int byteOffset) {
        int n = Math.min(byteOffset, utf8.length + 1);
        int extra = n > utf8.length ? 1 : 0;
        String s = new String(utf8, 0, n - extra, StandardCharsets.UTF_8);
        return s.codePointCount(0, s.length()) + extra;
    }

    /** Code points [start, end) of s, clamped as PyUnicode_Substring does. */
    private static String substring(String s, int start, int end) {
        int n = s.codePointCount(0, s.length());
        end = Math.min(end, n);
        if (start >= end) {
            return "";
        }
        return s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, end));
    }

    private void repeated(int count) {
        if (count > RECURSIVE_CUTOFF) {
            int n = count - RECURSIVE_CUTOFF;
            out.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    /** The last line(s): {@code Type: message}, and for SyntaxError the location block. */
    private void exceptionOnly(PyBaseException exc) {
        PyType t = exc.getType();
        String mod = t.moduleName();
        String tname = mod == null || mod.equals("builtins") || mod.equals("__main__")
                ? t.getQualName() : mod + "." + t.getQualName();
        if (t.isSubtypeOf(PyExc.SyntaxError) && syntaxError(exc, tname)) {
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

    /**
     * A SyntaxError's location block and message (cf. print_exception and parse_syntax_error in
     * CPython 3.11's Python/pythonrun.c). False, printing nothing, when its attributes are not
     * usable (a line number that is no int): it is then printed as any exception.
     */
    private boolean syntaxError(PyBaseException exc, String tname) {
        PyObject msg = exc.attr("msg"), fn = exc.attr("filename"), lineno = exc.attr("lineno");
        PyObject offset = exc.attr("offset"), text = exc.attr("text");
        if (!(lineno instanceof PyInt ln) || !(offset == null || offset == PyNone.None || offset instanceof PyInt)) {
            return false;
        }
        String m;
        try {
            m = msg == null || msg == PyNone.None ? "" : Abstract.str(msg).value();
        } catch (RuntimeException e) {
            return false;
        }
        String file = fn == null || fn == PyNone.None ? "<string>" : Abstract.str(fn).value();
        out.append("  File \"").append(file).append("\", line ").append(ln.value).append('\n');
        if (text instanceof PyStr ts) {
            // only SyntaxError itself has a range; its subclasses (IndentationError, TabError)
            // get one caret
            int off = offset instanceof PyInt o ? (int) o.value : -1;
            int endOff = -1;
            long endLine = ln.value;
            if (exc.getType() == PyExc.SyntaxError) {
                endOff = exc.attr("end_offset") instanceof PyInt e ? (int) e.value : -1;
                endLine = exc.attr("end_lineno") instanceof PyInt el ? el.value : ln.value;
            }
            int size = ts.value().getBytes(StandardCharsets.UTF_8).length;
            if (endLine > ln.value) {
                endOff = size; // several lines: to the end of the first
            }
            errorText(off, Math.min(endOff, size + 1), ts.value());
        }
        out.append(tname).append(m.isEmpty() ? "" : ": ").append(m).append('\n');
        return true;
    }

    /**
     * The source line of a SyntaxError and its carets (cf. print_error_text in CPython 3.11's
     * Python/pythonrun.c): leading blanks dropped, the caret column clipped to the text, a
     * text of several lines shown from the line the offset falls in, no carets if the offset
     * lies left of the text. Like CPython, offsets count characters but the text is walked in
     * UTF-8 bytes.
     */
    private void errorText(int offset, int endOffset, String text) {
        int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        offset--;
        int p = 0;
        while (p < b.length && (b[p] == ' ' || b[p] == '\t' || b[p] == '\f')) {
            p++;
            offset--;
        }
        int len = b.length - p;
        if (len > 0 && b[b.length - 1] == '\n') {
            len--;
        }
        offset = Math.min(offset, len);
        for (;;) {
            int nl = p;
            while (nl < b.length && b[nl] != '\n') {
                nl++;
            }
            if (nl == b.length || nl - p >= offset) {
                break;
            }
            int skip = nl - p + 1;
            p += skip;
            len -= skip;
            offset -= skip;
        }
        out.append("    ").append(new String(b, p, b.length - p, StandardCharsets.UTF_8));
        if (p + len >= b.length || b[p + len] != '\n') {
            out.append('\n');
        }
        if (offset < 0) {
            return;
        }
        out.append("    ").append(" ".repeat(offset)).append("^".repeat(carets)).append('\n');
    }
}
