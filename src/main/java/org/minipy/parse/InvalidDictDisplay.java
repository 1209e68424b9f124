package org.minipy.parse;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.minipy.parse.antlr.MiniPyLexer;

/**
 * CPython 3.11's error rules for a malformed dict display (invalid_double_starred_kvpairs and
 * invalid_kvpair): a key without ':' after at least one complete item, a ':' with no value, or
 * a starred value. The items are re-read from the '{' in order, as the PEG parser reads them;
 * null when the display is not at fault (the other rules then decide).
 */
final class InvalidDictDisplay {
    private final Source src;
    private final CommonTokenStream tokens;
    private final ExpressionExtent x;

    InvalidDictDisplay(Source src, CommonTokenStream tokens, ExpressionExtent x) {
        this.src = src;
        this.tokens = tokens;
        this.x = x;
    }

    /** open: the index of the '{'; idx: where the parse failed, directly inside it. */
    PySyntaxError diagnose(int open, int idx) {
        int i = open + 1;
        for (int item = 0; i <= idx; item++) {
            int end;
            if (x.type(i) == MiniPyLexer.DOUBLESTAR) {
                end = x.bitwiseOr(i + 1);
                if (end < 0) {
                    return null;
                }
            } else {
                int key = x.expression(i);
                if (key < 0) {
                    return null;
                }
                if (x.type(key + 1) != MiniPyLexer.COLON) {
                    // Only after a complete item and its comma (invalid_kvpair); the first key
                    // is the set display's or the comma rule's business.
                    return item > 0 ? missingColon(i, key) : null;
                }
                int colon = key + 1;
                int after = x.type(colon + 1);
                if (after == MiniPyLexer.STAR) {
                    int value = x.bitwiseOr(colon + 2);
                    if (value < 0) {
                        return null;
                    }
                    return range(colon + 1, value, "cannot use a starred expression in a dictionary value");
                }
                if (after == MiniPyLexer.RBRACE || after == MiniPyLexer.COMMA) {
                    return range(colon, colon, "expression expected after dictionary key and ':'");
                }
                end = x.expression(colon + 1);
                if (end < 0) {
                    return null;
                }
            }
            if (x.type(end + 1) != MiniPyLexer.COMMA) {
                return null;
            }
            i = end + 2;
        }
        return null;
    }

    /** CPython places this error at the key's last character, with end offset 0. */
    private PySyntaxError missingColon(int from, int to) {
        Token a = tokens.get(from);
        Token b = tokens.get(to);
        return src.parserError("SyntaxError", "':' expected after dictionary key", a.getLine(),
                AstBuilder.endCol(b), AstBuilder.endLine(b), 0);
    }

    private PySyntaxError range(int from, int to, String msg) {
        Token a = tokens.get(from);
        Token b = tokens.get(to);
        return src.parserError("SyntaxError", msg, a.getLine(), a.getCharPositionInLine() + 1,
                AstBuilder.endLine(b), AstBuilder.endCol(b) + 1);
    }
}
