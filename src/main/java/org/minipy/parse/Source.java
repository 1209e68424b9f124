package org.minipy.parse;

/**
 * The text being parsed, with its line table: gives source lines for error messages and
 * builds {@link PySyntaxError}s with CPython's positions. Newlines are already normalised
 * to {@code \n}.
 */
final class Source {
    final String text;
    final String filename;
    /** lineStarts[i] = index in text where line i+1 starts. */
    private final int[] lineStarts;
    /** For an f-string replacement field's sub-parse (see {@link #fieldView}), else null. */
    private final FieldView field;
    /** The parser's errors count UTF-8 bytes (a file's text, as CPython reads it), not characters. */
    private final boolean byteOffsets;

    /** Where a replacement field's "(expr)" text starts in the real source. */
    private record FieldView(Source wrapped, int line, int col) {
    }

    private Source(Source base, FieldView field) {
        this.text = base.text;
        this.filename = base.filename;
        this.byteOffsets = base.byteOffsets;
        this.lineStarts = base.lineStarts;
        this.field = field;
    }

    /**
     * The source as seen by the sub-parse of an f-string replacement field, whose text
     * {@code wrapped} ("(" + expr + ")") starts at 1-based line, 0-based col of this source.
     * CPython 3.11 reports the parser's errors there relative to the wrapped text: the real
     * line number, but columns counted from the '(' on the first line, and that text as the
     * error's source line.
     */
    Source fieldView(String wrapped, int line, int col) {
        Source base = field == null ? this : new Source(this, null);
        return new Source(base, new FieldView(new Source(wrapped, filename), line, col));
    }

    Source(String text, String filename) {
        this(text, filename, false);
    }

    Source(String text, String filename, boolean byteOffsets) {
        this.byteOffsets = byteOffsets;
        this.field = null;
        this.text = text;
        this.filename = filename;
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        lineStarts = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[k++] = i + 1;
            }
        }
    }

    /** CPython accepts \r\n and \r as line ends; the tokenizer only ever sees \n. */
    static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    int lineCount() {
        return lineStarts.length;
    }

    int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    /** The line without its newline ("" past the end). */
    String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The number of the last line, as the tokenizer counts it at end of file. */
    int lastLine() {
        int n = lineStarts.length;
        if (n > 1 && text.endsWith("\n")) {
            return n - 1;
        }
        return n;
    }

    /** Converts a 0-based code-point column on a line to a 0-based char index in text. */
    int indexOf(int line, int col) {
        int start = lineStart(line);
        return text.offsetByCodePoints(start, Math.min(col, text.codePointCount(start, text.length())));
    }

    /** An error found by the parser: text is the line with a newline, as CPython stores it. */
    PySyntaxError parserError(String kind, String msg, int line, int offset, int endLine, int endOffset) {
        if (field != null) {
            int first = field.line;
            return new PySyntaxError(kind, msg, filename, line,
                    line == first && offset > 0 ? offset - field.col : offset, endLine,
                    endLine == first && endOffset > 0 ? endOffset - field.col : endOffset,
                    field.wrapped.line(line - first + 1) + "\n");
        }
        if (byteOffsets) {
            offset = byteOffset(line, offset);
            endOffset = byteOffset(endLine, endOffset);
        }
        return new PySyntaxError(kind, msg, filename, line, offset, endLine, endOffset, line(line) + "\n");
    }

    /** A 1-based code-point offset on a line as a 1-based UTF-8 byte offset (others unchanged). */
    int byteOffset(int line, int offset) {
        if (offset < 1 || line < 1 || line > lineStarts.length) {
            return offset;
        }
        return org.minipy.ast.Utf8Columns.bytes(line(line), offset - 1) + 1;
    }

    /** An error found by the tokenizer: text is the line without its newline. */
    PySyntaxError tokenizerError(String kind, String msg, int line, int offset, int endLine, int endOffset) {
        return new PySyntaxError(kind, msg, filename, line, offset, endLine, endOffset, line(line));
    }
}
