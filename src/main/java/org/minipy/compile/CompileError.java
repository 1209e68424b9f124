package org.minipy.compile;

/**
 * A SyntaxError found by the symbol table or the compiler, with CPython's fields (kind is
 * "SyntaxError"; lineno 1-based, offset 1-based column as CPython reports it, text the source
 * line or null). Callers turn it into the Python-level SyntaxError.
 */
public final class CompileError extends RuntimeException {
    public final String kind;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final String text;

    public CompileError(String msg, String filename, int lineno, int offset, String text) {
        super(msg + " (" + filename + ", line " + lineno + ")", null, false, false);
        this.kind = "SyntaxError";
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
    }
}
