package org.minipy.parse;

/**
 * A syntax error found by the front end, carrying what CPython's {@code SyntaxError} carries.
 * The runtime turns it into a Python {@code SyntaxError} (or {@code IndentationError},
 * {@code TabError}, named by {@link #kind}). No Java stack trace is recorded.
 */
public class PySyntaxError extends RuntimeException {
    /** "SyntaxError", "IndentationError" or "TabError". */
    public final String kind;
    public final String msg;
    public final String filename;
    /** 1-based line. */
    public final int lineno;
    /** 1-based column, as CPython's {@code SyntaxError.offset}. */
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    /** The source line as CPython stores it (may be {@code null}). */
    public final String text;

    public PySyntaxError(String kind, String msg, String filename, int lineno, int offset,
                         int endLineno, int endOffset, String text) {
        super(kind + ": " + msg + " (" + filename + ", line " + lineno + ")", null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }
}
