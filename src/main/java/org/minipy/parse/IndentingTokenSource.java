package org.minipy.parse;

import java.util.ArrayDeque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.minipy.parse.antlr.MiniPyLexer;

/**
 * Wraps the raw tokenizer (Tokenizer, or the generated lexer it mirrors) and decides the layout, as CPython's tokenizer does: NEWLINE only at
 * the end of a logical line (not inside brackets, not on blank or comment-only lines), INDENT
 * and DEDENT from an indentation stack (tabs to the next multiple of 8; an inconsistent mix of
 * tabs and spaces is a TabError), and CPython's tokenizer errors (unterminated strings,
 * unmatched brackets, bad number literals, too deep nesting).
 */
final class IndentingTokenSource implements TokenSource {
    /** CPython's MAXLEVEL: how deep brackets may nest. */
    static final int MAX_NESTING = 200;
    private static final int TABSIZE = 8;

    private final TokenSource lexer;
    private final Source source;
    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private Token peeked;

    private int[] indents = new int[16];
    private int[] altIndents = new int[16];
    private int indentDepth;

    private final char[] brackets = new char[MAX_NESTING + 1];
    private final Token[] bracketTokens = new Token[MAX_NESTING + 1];
    private int bracketDepth;

    /** True until the first token of the current logical line is seen. */
    private boolean atLineStart = true;
    private Token lastReal;
    private boolean done;

    /** No indentation inside an f-string replacement field (it is parsed as if in brackets). */
    private final boolean expressionMode;

    /** Where the tokenizer's SyntaxWarnings go ({@code 1if x else y}). */
    private final WarningSink warnings;

    IndentingTokenSource(TokenSource lexer, Source source, boolean expressionMode, WarningSink warnings) {
        this.lexer = lexer;
        this.source = source;
        this.expressionMode = expressionMode;
        this.warnings = warnings;
    }

    private Token rawNext() {
        if (peeked != null) {
            Token t = peeked;
            peeked = null;
            return t;
        }
        return lexer.nextToken();
    }

    private Token rawPeek() {
        if (peeked == null) {
            peeked = lexer.nextToken();
        }
        return peeked;
    }

    @Override
    public Token nextToken() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        while (true) {
            Token t = rawNext();
            switch (t.getType()) {
                case MiniPyLexer.NEWLINE:
                    if (bracketDepth > 0 || atLineStart) {
                        continue;
                    }
                    atLineStart = true;
                    return make(MiniPyLexer.NEWLINE, "\n", t.getLine(), t.getCharPositionInLine(),
                            t.getStartIndex(), t.getStopIndex());
                case Token.EOF:
                    return atEof(t);
                case MiniPyLexer.UNTERMINATED_STRING:
                    throw unterminated(t, false);
                case MiniPyLexer.UNTERMINATED_LONG_STRING:
                    throw unterminated(t, true);
                case MiniPyLexer.ERRORTOKEN:
                    checkErrorToken(t);
                    break;
                case MiniPyLexer.NUMBER:
                case MiniPyLexer.IMAG_NUMBER:
                    checkEndOfNumber(t);
                    break;
                default:
                    break;
            }
            if (atLineStart) {
                atLineStart = false;
                if (bracketDepth == 0 && !expressionMode) {
                    indentation(t);
                }
            }
            trackBrackets(t);
            lastReal = t;
            if (!pending.isEmpty()) {
                pending.add(t);
                return pending.poll();
            }
            return t;
        }
    }

    private Token atEof(Token eof) {
        if (done) {
            return eof;
        }
        if (bracketDepth > 0) {
            Token open = bracketTokens[bracketDepth - 1];
            int line = open.getLine();
            String text = source.line(line);
            if (line == source.lastLine()) {
                text += "\n";
            }
            throw new PySyntaxError("SyntaxError", "'" + brackets[bracketDepth - 1] + "' was never closed",
                    source.filename, line, open.getCharPositionInLine() + 1, line, 0, text);
        }
        done = true;
        int line = eof.getLine();
        int col = eof.getCharPositionInLine();
        if (!atLineStart) {
            // CPython adds an implicit NEWLINE (empty text) after the last logical line.
            int nlLine = lastReal == null ? line : line;
            pending.add(make(MiniPyLexer.NEWLINE, "", nlLine, col, eof.getStartIndex(), eof.getStartIndex() - 1));
        }
        for (; indentDepth > 0; indentDepth--) {
            pending.add(make(MiniPyLexer.DEDENT, "", line, col, eof.getStartIndex(), eof.getStartIndex() - 1));
        }
        pending.add(eof);
        return pending.poll();
    }

    /** Emits INDENT/DEDENT before the first token t of a logical line. */
    private void indentation(Token t) {
        int line = t.getLine();
        String text = source.text;
        int i = source.lineStart(line);
        int col = 0;
        int alt = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                alt++;
            } else if (c == '\f') {
                col = 0;
                alt = 0;
            } else {
                break;
            }
        }
        int top = indentDepth == 0 ? 0 : indents[indentDepth - 1];
        int altTop = indentDepth == 0 ? 0 : altIndents[indentDepth - 1];
        if (col == top) {
            if (alt != altTop) {
                throw tabError(line);
            }
        } else if (col > top) {
            if (alt <= altTop) {
                throw tabError(line);
            }
            if (indentDepth == indents.length) {
                indents = java.util.Arrays.copyOf(indents, indentDepth * 2);
                altIndents = java.util.Arrays.copyOf(altIndents, indentDepth * 2);
            }
            indents[indentDepth] = col;
            altIndents[indentDepth++] = alt;
            // the char stream counts code points, the text UTF-16 units: the line's indentation
            // is all blanks, so its length in both is the token's column
            int indentLength = t.getCharPositionInLine();
            int lineStart = source.lineStart(line);
            pending.add(make(MiniPyLexer.INDENT, text.substring(lineStart, lineStart + indentLength),
                    line, 0, t.getStartIndex() - indentLength, t.getStartIndex() - 1));
        } else {
            while (indentDepth > 0 && col < indents[indentDepth - 1]) {
                indentDepth--;
                pending.add(make(MiniPyLexer.DEDENT, "", line, t.getCharPositionInLine(),
                        t.getStartIndex(), t.getStartIndex() - 1));
            }
            int now = indentDepth == 0 ? 0 : indents[indentDepth - 1];
            if (col != now) {
                String l = source.line(line);
                throw new PySyntaxError("IndentationError", "unindent does not match any outer indentation level",
                        source.filename, line, l.length() + 1, line, -1, l + "\n");
            }
            if (alt != (indentDepth == 0 ? 0 : altIndents[indentDepth - 1])) {
                throw tabError(line);
            }
        }
    }

    private PySyntaxError tabError(int line) {
        return new PySyntaxError("TabError", "inconsistent use of tabs and spaces in indentation",
                source.filename, line, 1, line, 0, source.line(line) + "\n");
    }

    private void trackBrackets(Token t) {
        char open;
        switch (t.getType()) {
            case MiniPyLexer.LPAR:
            case MiniPyLexer.LSQB:
            case MiniPyLexer.LBRACE:
                if (bracketDepth >= MAX_NESTING) {
                    throw tokError("too many nested parentheses", t, t.getCharPositionInLine() + 1);
                }
                brackets[bracketDepth] = t.getText().charAt(0);
                bracketTokens[bracketDepth++] = t;
                return;
            case MiniPyLexer.RPAR:
                open = '(';
                break;
            case MiniPyLexer.RSQB:
                open = '[';
                break;
            case MiniPyLexer.RBRACE:
                open = '{';
                break;
            default:
                return;
        }
        char close = t.getText().charAt(0);
        if (bracketDepth == 0) {
            throw tokError("unmatched '" + close + "'", t, t.getCharPositionInLine() + 1);
        }
        char actual = brackets[bracketDepth - 1];
        if (actual != open) {
            Token o = bracketTokens[bracketDepth - 1];
            String msg = "closing parenthesis '" + close + "' does not match opening parenthesis '" + actual + "'";
            if (o.getLine() != t.getLine()) {
                msg += " on line " + o.getLine();
            }
            throw tokError(msg, t, t.getCharPositionInLine() + 1);
        }
        bracketDepth--;
        bracketTokens[bracketDepth] = null;
    }

    private PySyntaxError tokError(String msg, Token t, int offset) {
        return source.tokenizerError("SyntaxError", msg, t.getLine(), offset, t.getLine(), offset);
    }

    private PySyntaxError unterminated(Token t, boolean triple) {
        int detected;
        if (triple) {
            detected = source.lastLine();
        } else {
            detected = t.getLine() + countNewlines(t.getText());
        }
        String msg = (triple ? "unterminated triple-quoted string literal" : "unterminated string literal")
                + " (detected at line " + detected + ")";
        return tokError(msg, t, t.getCharPositionInLine() + 1);
    }

    private static int countNewlines(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private void checkErrorToken(Token t) {
        String s = t.getText();
        int c = s.codePointAt(0);
        if (c == '\\') {
            int offset = t.getCharPositionInLine() + 2;
            throw source.parserError("SyntaxError", "unexpected character after line continuation character",
                    t.getLine(), offset, t.getLine(), 0);
        }
        if (c >= 128 && !Character.isWhitespace(c)) {
            throw tokError(String.format("invalid character '%s' (U+%04X)", s, c), t, t.getCharPositionInLine() + 1);
        }
        if (c == 0) {
            throw tokError("source code cannot contain null bytes", t, t.getCharPositionInLine() + 1);
        }
        // '$', '?', '!' and friends: the parser reports "invalid syntax" at them.
    }

    /**
     * A number that runs into a name or another number (the lexer split it there): CPython's
     * tokenizer decides the error or warning ({@link NumberScanner}).
     */
    private void checkEndOfNumber(Token t) {
        Token next = rawPeek();
        if (next.getStartIndex() != t.getStopIndex() + 1 || next.getType() == Token.EOF) {
            return;
        }
        int line = t.getLine();
        String text = source.line(line);
        int col = t.getCharPositionInLine();
        int start = text.offsetByCodePoints(0, Math.min(col, text.codePointCount(0, text.length())));
        NumberScanner.Result r = NumberScanner.scan(text, start);
        if (r.warning() != null) {
            warnings.warn(r.warning(), line);
        }
        if (r.error() != null) {
            // the literal is ASCII: chars after its start count as code points
            throw source.tokenizerError("SyntaxError", r.error(), line, col + r.col() - start, line,
                    col + r.endCol() - start);
        }
    }

    private static boolean isKeyword(int type) {
        return type >= MiniPyLexer.FALSE && type <= MiniPyLexer.YIELD;
    }

    /** CPython 3.11 still accepts (with a warning) these keywords right after a number. */
    private static boolean isAllowedAfterNumber(int type) {
        return type == MiniPyLexer.AND || type == MiniPyLexer.ELSE || type == MiniPyLexer.FOR
                || type == MiniPyLexer.IF || type == MiniPyLexer.IN || type == MiniPyLexer.IS
                || type == MiniPyLexer.NOT || type == MiniPyLexer.OR;
    }

    private Token make(int type, String text, int line, int col, int start, int stop) {
        CommonToken t = new CommonToken(type, text);
        t.setLine(line);
        t.setCharPositionInLine(col);
        t.setStartIndex(start);
        t.setStopIndex(stop);
        return t;
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return source.filename;
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
