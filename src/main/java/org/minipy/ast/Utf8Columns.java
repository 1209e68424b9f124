package org.minipy.ast;

/**
 * Columns as CPython reports them: AST nodes count code points, while CPython's col_offset,
 * SyntaxError offsets of a file's text and co_positions count UTF-8 bytes. Shared by the
 * parser (error offsets) and the compiler (positions).
 */
public final class Utf8Columns {
    private Utf8Columns() {
    }

    /**
     * The UTF-8 length of the first {@code codePoints} code points of {@code line}; code points
     * past its end (a position after the text, at its newline) count one byte each.
     */
    public static int bytes(String line, int codePoints) {
        int n = 0, i = 0, k = 0;
        for (; k < codePoints && i < line.length(); k++) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return n + (codePoints - k);
    }
}
