package org.minipy.compile;


/**
 * Converts the AST's columns (code points) to the UTF-8 byte offsets CPython stores in code
 * objects' positions. Without source text (an AST compiled on its own) columns pass unchanged,
 * which is exact for ASCII lines.
 */
final class SourceColumns {
    static final SourceColumns NONE = new SourceColumns(null);

    /** The source lines, or null; lines that are pure ASCII are stored as null (identity). */
    private final String[] lines;

    private SourceColumns(String[] lines) {
        this.lines = lines;
    }

    static SourceColumns of(String source) {
        if (source == null) {
            return NONE;
        }
        String[] ls = source.split("\r\n|\r|\n", -1);
        boolean any = false;
        for (int i = 0; i < ls.length; i++) {
            if (isAscii(ls[i])) {
                ls[i] = null;
            } else {
                any = true;
            }
        }
        return any ? new SourceColumns(ls) : NONE;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The byte offset of code-point column col of line (1-based); -1 stays -1. */
    int byteOffset(int line, int col) {
        if (lines == null || col <= 0 || line < 1 || line > lines.length || lines[line - 1] == null) {
            return col;
        }
        return org.minipy.ast.Utf8Columns.bytes(lines[line - 1], col);
    }
}
