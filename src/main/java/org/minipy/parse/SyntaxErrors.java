package org.minipy.parse;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.minipy.parse.antlr.MiniPyLexer;

/**
 * Turns the point where the LL parse failed into CPython 3.11's SyntaxError: the specific
 * messages of its "invalid_*" rules for the common cases (missing ':', missing indented block,
 * unexpected indent, out-of-scope features), else "invalid syntax" at the failing token after
 * the rest of the source has been tokenized (a tokenizer error there wins, as in CPython).
 */
final class SyntaxErrors {
    private final Source src;
    private final CommonTokenStream tokens;

    SyntaxErrors(Source src, CommonTokenStream tokens) {
        this.src = src;
        this.tokens = tokens;
    }

    PySyntaxError diagnose(Token t, boolean mismatch, RecognitionException re) {
        int idx = t.getTokenIndex();
        Token prev = idx > 0 ? tokens.get(idx - 1) : null;
        Token prev2 = idx > 1 ? tokens.get(idx - 2) : null;
        int type = t.getType();

        if (type == MiniPyLexer.ASYNC || type == MiniPyLexer.AWAIT) {
            String kw = t.getText();
            return at(t, "'" + kw + "' " + (kw.equals("async") ? "functions and statements are" : "expressions are")
                    + " not supported by minipy");
        }
        if (type == MiniPyLexer.INDENT) {
            return src.parserError("IndentationError", "unexpected indent", t.getLine(),
                    t.getText().length(), t.getLine(), -1);
        }
        if (prev != null && prev.getType() == MiniPyLexer.NEWLINE && prev2 != null
                && prev2.getType() == MiniPyLexer.COLON) {
            Token head = lineStart(idx - 2);
            String what = blockName(head);
            if (what != null) {
                String msg = "expected an indented block after " + what + " on line " + head.getLine();
                if (type == Token.EOF || type == MiniPyLexer.DEDENT || (type == MiniPyLexer.NEWLINE && t.getText().isEmpty())) {
                    return src.parserError("IndentationError", msg, prev.getLine(),
                            prev.getCharPositionInLine() + 1, prev.getLine(), -1);
                }
                return src.parserError("IndentationError", msg, t.getLine(), t.getCharPositionInLine() + 1,
                        AstBuilder.endLine(t), AstBuilder.endCol(t) + 1);
            }
        }
        Token head = lineStart(idx);
        if (head != null && head.getType() == MiniPyLexer.NAME
                && (head.getText().equals("match") || head.getText().equals("case"))
                && head.getTokenIndex() < idx) {
            return at(head, "'match' statements are not supported by minipy");
        }
        if (type == MiniPyLexer.NEWLINE && head != null && prev != null && headerKeyword(head.getType())) {
            int off = AstBuilder.endCol(prev) + 1;
            return src.parserError("SyntaxError", "expected ':'", prev.getLine(), off, prev.getLine(), off);
        }
        if (re != null && re.getExpectedTokens() != null && re.getExpectedTokens().contains(MiniPyLexer.EXCEPT)
                && re.getExpectedTokens().contains(MiniPyLexer.FINALLY)) {
            String msg = "expected 'except' or 'finally' block";
            if (type == Token.EOF || (type == MiniPyLexer.DEDENT && isAtEof(idx))) {
                Token nl = lastNewline(idx);
                return src.parserError("SyntaxError", msg, nl.getLine(), nl.getCharPositionInLine() + 1, nl.getLine(), -1);
            }
            return at(t, msg);
        }
        // Tokenize the rest: a tokenizer error later in the file wins, as in CPython, except an
        // unclosed bracket (see below).
        PySyntaxError tokenizerError = null;
        try {
            tokens.fill();
        } catch (PySyntaxError e) {
            tokenizerError = e;
        }
        PySyntaxError err;
        int furthestLine = t.getLine();
        if (type == MiniPyLexer.DEDENT) {
            err = src.parserError("IndentationError", "unexpected unindent", t.getLine(),
                    t.getCharPositionInLine() + 1, t.getLine(), t.getCharPositionInLine() + 1);
        } else {
            InvalidExpressions rules = new InvalidExpressions(src, tokens);
            err = rules.diagnose(idx);
            if (rules.x.ranOut && tokenizerError != null) {
                return tokenizerError;   // CPython's parser would have read on into the tokenizer's error
            }
            if (err == null) {
                err = at(t, "invalid syntax");
            }
            furthestLine = tokens.get(Math.max(idx, rules.x.furthest)).getLine();
        }
        // As CPython: an unclosed bracket wins if the parser had read past the bracket's line.
        if (tokenizerError != null
                && (!tokenizerError.msg.endsWith("was never closed") || furthestLine > tokenizerError.lineno)) {
            return tokenizerError;
        }
        return withLineAsRead(err, furthestLine);
    }

    /**
     * CPython takes the error's source line from the tokenizer's buffer, newline included,
     * when the error is on the line the tokenizer last read, and otherwise re-reads that line
     * from the source without its newline (an error range spanning lines, for example).
     */
    private static PySyntaxError withLineAsRead(PySyntaxError err, int furthestLine) {
        if (err.lineno >= furthestLine || err.text == null || !err.text.endsWith("\n")) {
            return err;
        }
        return new PySyntaxError(err.kind, err.msg, err.filename, err.lineno, err.offset, err.endLineno,
                err.endOffset, err.text.substring(0, err.text.length() - 1));
    }

    private boolean isAtEof(int idx) {
        for (int i = idx; ; i++) {
            int ty = tokens.get(i).getType();
            if (ty == Token.EOF) {
                return true;
            }
            if (ty != MiniPyLexer.DEDENT) {
                return false;
            }
        }
    }

    private Token lastNewline(int idx) {
        for (int i = idx - 1; i >= 0; i--) {
            if (tokens.get(i).getType() == MiniPyLexer.NEWLINE) {
                return tokens.get(i);
            }
        }
        return tokens.get(Math.max(0, idx - 1));
    }

    private PySyntaxError at(Token t, String msg) {
        if (t.getType() == MiniPyLexer.NEWLINE) {
            // CPython's NEWLINE token is empty: the error ends where it starts
            int col = t.getCharPositionInLine() + 1;
            return src.parserError("SyntaxError", msg, t.getLine(), col, t.getLine(), col);
        }
        return src.parserError("SyntaxError", msg, t.getLine(), t.getCharPositionInLine() + 1,
                AstBuilder.endLine(t), AstBuilder.endCol(t) + 1);
    }

    /** The first token of the logical line containing token index i (decorators excluded). */
    private Token lineStart(int i) {
        int j = i;
        while (j > 0) {
            int ty = tokens.get(j - 1).getType();
            if (ty == MiniPyLexer.NEWLINE || ty == MiniPyLexer.INDENT || ty == MiniPyLexer.DEDENT) {
                break;
            }
            j--;
        }
        if (j == i && tokens.get(j).getType() == MiniPyLexer.NEWLINE) {
            return null;
        }
        return tokens.get(j);
    }

    private static boolean headerKeyword(int type) {
        switch (type) {
            case MiniPyLexer.IF: case MiniPyLexer.ELIF: case MiniPyLexer.ELSE: case MiniPyLexer.WHILE:
            case MiniPyLexer.FOR: case MiniPyLexer.TRY: case MiniPyLexer.EXCEPT: case MiniPyLexer.FINALLY:
            case MiniPyLexer.WITH: case MiniPyLexer.DEF: case MiniPyLexer.CLASS:
                return true;
            default:
                return false;
        }
    }

    private static String blockName(Token head) {
        if (head == null) {
            return null;
        }
        switch (head.getType()) {
            case MiniPyLexer.DEF: return "function definition";
            case MiniPyLexer.CLASS: return "class definition";
            case MiniPyLexer.IF: case MiniPyLexer.ELIF: case MiniPyLexer.ELSE: case MiniPyLexer.WHILE:
            case MiniPyLexer.FOR: case MiniPyLexer.TRY: case MiniPyLexer.EXCEPT: case MiniPyLexer.FINALLY:
            case MiniPyLexer.WITH:
                return "'" + head.getText() + "' statement";
            default:
                return null;
        }
    }
}
