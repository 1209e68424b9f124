package org.minipy.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.minipy.code.Code;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBaseException;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
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
        // as a text file reads it: universal newlines, no line past the end
        String[] lines = text.split("\r\n|\r|\n", -1);
        int n = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? lines.length - 1 : lines.length;
        return line <= n ? lines[line - 1] : null;
    }

    /** The last line(s): {@code Type: message}, and for SyntaxError the location block. */
    private void exceptionOnly(PyBaseException exc) {
        PyType t = exc.getType();
        String mod = t.moduleName();
        String tname = mod == null || mod.equals("builtins") || mod.equals("__main__")
                ? t.getQualName() : mod + "." + t.getQualName();
        if (t.isSubtypeOf(PyExc.SyntaxError)) {
            syntaxError(exc, tname);
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
                    StringBuilder caret = new StringBuilder("    ");
                    for (int i = 0; i < col && i < ltext.length(); i++) {
                        char c = ltext.charAt(i);
                        caret.append(Character.isWhitespace(c) ? c : ' ');
                    }
                    for (int i = col; i < col + Math.max(1, endCol - col) && i >= 0; i++) {
                        caret.append('^');
                    }
                    out.append(caret).append('\n');
                }
            }
        }
        String msg = msgObj instanceof PyStr m && !m.value().isEmpty() ? m.value() : "<no detail available>";
        out.append(tname).append(": ").append(msg).append(suffix).append('\n');
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
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == '\f')) {
            i++;
        }
        return s.substring(i);
    }
}
