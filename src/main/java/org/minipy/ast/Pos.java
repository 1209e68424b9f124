package org.minipy.ast;

/**
 * A source position: where a node starts and ends. Lines are 1-based, columns 0-based
 * (in characters), as in CPython's {@code ast} module ({@code lineno}, {@code col_offset},
 * {@code end_lineno}, {@code end_col_offset}).
 */
public record Pos(int line, int col, int endLine, int endCol) {
    public static final Pos NONE = new Pos(0, 0, 0, 0);

    public static Pos of(int line, int col) {
        return new Pos(line, col, line, col);
    }
}
