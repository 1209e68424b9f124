package org.minipy.parse;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.minipy.parse.antlr.MiniPyLexer;

/**
 * CPython 3.11's error rules for malformed expressions, applied around the token where the
 * parse failed: two expressions without a comma between them inside brackets ("Perhaps you
 * forgot a comma?"), Python 2's print/exec statements, a conditional expression without
 * 'else', and '=' where a condition expects '==' or ':='. Returns null when none applies.
 */
final class InvalidExpressions {
    private static final String COMMA = "invalid syntax. Perhaps you forgot a comma?";

    private final Source src;
    private final CommonTokenStream tokens;
    final ExpressionExtent x;

    InvalidExpressions(Source src, CommonTokenStream tokens) {
        this.src = src;
        this.tokens = tokens;
        this.x = new ExpressionExtent(tokens);
    }

    /** The specific error for a parse that failed at token index idx, or null. Check x.ranOut after. */
    PySyntaxError diagnose(int idx) {
        PySyntaxError e = null;
        if (enclosingOpener(idx) == MiniPyLexer.LBRACE) {
            e = new InvalidDictDisplay(src, tokens, x).diagnose(openerIndex(idx), idx);
            if (e != null || x.ranOut) {
                return x.ranOut ? null : e;
            }
        }
        e = missingComma(idx);
        if (e == null && !x.ranOut && x.type(idx - 1) == MiniPyLexer.NOT && x.type(idx) != MiniPyLexer.IN) {
            e = missingComma(idx - 1);   // "a not b": the second expression starts at 'not'
        }
        if (e == null && !x.ranOut) {
            e = missingElse(idx);
        }
        if (e == null && !x.ranOut && x.type(idx) == MiniPyLexer.EQUAL) {
            e = assignmentInCondition(idx);
        }
        return x.ranOut ? null : e;
    }

    /** "a b": a legacy print/exec statement, or (inside brackets) a missing comma. */
    private PySyntaxError missingComma(int b) {
        if (!startsExpression(x.type(b))) {
            return null;
        }
        int a = expressionStart(b - 1);
        if (a < 0 || a >= b || x.disjunction(a) != b - 1) {
            return null;
        }
        if (x.type(a - 1) == MiniPyLexer.IF && !isLineStart(a - 1)) {
            return null;   // a condition: missingElse's case, or a comprehension's 'if'
        }
        Token first = tokens.get(a);
        if (a == b - 1 && first.getType() == MiniPyLexer.NAME
                && (first.getText().equals("print") || first.getText().equals("exec"))) {
            int end = x.starExpressions(b);
            if (end < 0 || x.ranOut) {
                return null;
            }
            String name = first.getText();
            return range(a, end, "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
        }
        if (inParameterList(a)) {
            return null;
        }
        if (first.getType() == MiniPyLexer.NAME
                && (x.type(a + 1) == MiniPyLexer.STRING || isSoftKeyword(first.getText()))) {
            return null;
        }
        int end = x.expression(b);
        if (end < 0 || x.ranOut || levelAfter(end) == 0) {
            return null;
        }
        return range(innerStart(a, b - 1), end, COMMA);
    }

    /** Where CPython's node for tokens a..end starts: a parenthesized expression starts inside. */
    private int innerStart(int a, int end) {
        while (x.type(a) == MiniPyLexer.LPAR && x.groupEnd(a) == end && end > a + 1) {
            int depth = 0;
            for (int j = a + 1; j < end; j++) {
                int ty = x.type(j);
                if (ExpressionExtent.isOpener(ty)) {
                    depth++;
                } else if (ExpressionExtent.isCloser(ty)) {
                    depth--;
                } else if (depth == 0 && (ty == MiniPyLexer.COMMA || ty == MiniPyLexer.FOR || ty == MiniPyLexer.YIELD)) {
                    return a;   // a tuple, generator or yield: the node includes the parentheses
                }
            }
            a++;
            end--;
        }
        return a;
    }

    /** "a if b" not followed by 'else'. */
    private PySyntaxError missingElse(int idx) {
        int ty = x.type(idx);
        if (ty == MiniPyLexer.ELSE || ty == MiniPyLexer.COLON) {
            return null;
        }
        int cond = expressionStart(idx - 1);
        int ifTok = cond - 1;
        if (cond <= 0 || x.type(ifTok) != MiniPyLexer.IF || isLineStart(ifTok)
                || x.disjunction(cond) != idx - 1) {
            return null;
        }
        int a = expressionStart(ifTok - 1);
        if (a < 0 || a >= ifTok || x.disjunction(a) != ifTok - 1) {
            return null;
        }
        return range(a, idx - 1, "expected 'else' after 'if' expression");
    }

    /** "if x = 1:" (CPython's invalid_named_expression). */
    private PySyntaxError assignmentInCondition(int eq) {
        int a = expressionStart(eq - 1);
        if (a <= 0 || x.bitwiseOr(a) != eq - 1) {
            return null;
        }
        int before = x.type(a - 1);
        boolean condition = (before == MiniPyLexer.IF || before == MiniPyLexer.ELIF || before == MiniPyLexer.WHILE)
                && isLineStart(a - 1);
        boolean group = (before == MiniPyLexer.LPAR || before == MiniPyLexer.LSQB)
                && !ExpressionExtent.endsOperand(x.type(a - 2));
        if (!condition && !group) {
            return null;
        }
        int b = x.bitwiseOr(eq + 1);
        if (b < 0 || x.ranOut) {
            return null;
        }
        int after = x.type(b + 1);
        if (after == MiniPyLexer.EQUAL || after == MiniPyLexer.COLONEQUAL) {
            return null;
        }
        if (a == eq - 1 && x.type(a) == MiniPyLexer.NAME) {
            return range(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        String what = targetName(a, eq - 1);
        if (what == null) {
            return null;
        }
        return range(a, eq - 1, "cannot assign to " + what + " here. Maybe you meant '==' instead of '='?");
    }

    /** CPython's name for the expression a..end when it is not assignable (the common kinds only). */
    private String targetName(int a, int end) {
        int first = x.type(a);
        if (first == MiniPyLexer.LPAR || first == MiniPyLexer.LSQB || first == MiniPyLexer.TRUE
                || first == MiniPyLexer.FALSE || first == MiniPyLexer.NONE) {
            return null;
        }
        if (first == MiniPyLexer.LBRACE) {
            return null;   // dict and set displays: not worth naming
        }
        if (a == end && (first == MiniPyLexer.NUMBER || first == MiniPyLexer.STRING)) {
            return "literal";
        }
        if (a == end && first == MiniPyLexer.ELLIPSIS) {
            return "ellipsis";
        }
        if (x.operandEnd(a) != end || x.type(a) == MiniPyLexer.MINUS || x.type(a) == MiniPyLexer.PLUS
                || x.type(a) == MiniPyLexer.TILDE) {
            return "expression";   // a binary or unary operation
        }
        int last = x.type(end);
        if (last == MiniPyLexer.NAME && x.type(end - 1) == MiniPyLexer.DOT) {
            return "attribute";
        }
        if (last == MiniPyLexer.RSQB && end > a) {
            return "subscript";
        }
        if (last == MiniPyLexer.RPAR && end > a) {
            return "function call";
        }
        return null;
    }

    /**
     * The first token of the expression that ends at token j: scans back at j's bracket depth
     * to the token that opens an expression position. -1 when j is not in a plain expression
     * (a comprehension, a yield, a lambda's parameters...).
     */
    int expressionStart(int j) {
        int k = j;
        while (k >= 0) {
            int ty = x.type(k);
            if (ExpressionExtent.isCloser(ty)) {
                k = matchingOpener(k);
                if (k < 0) {
                    return -1;
                }
                k--;
                continue;
            }
            if (ty == MiniPyLexer.STAR || ty == MiniPyLexer.DOUBLESTAR) {
                if (!ExpressionExtent.endsOperand(x.type(k - 1))) {
                    // unpacking, not an operator; a dict display's '**' takes a bitwise_or,
                    // which has no error rules
                    return ty == MiniPyLexer.DOUBLESTAR && enclosingOpener(k) == MiniPyLexer.LBRACE ? -1 : k + 1;
                }
                k--;
                continue;
            }
            if (ExpressionExtent.isSimpleAtom(ty) || ty == MiniPyLexer.STRING || ty == MiniPyLexer.NOT
                    || ty == MiniPyLexer.DOT || ty == MiniPyLexer.TILDE || ExpressionExtent.isArithmetic(ty)
                    || ExpressionExtent.isLogical(ty)) {
                k--;
                continue;
            }
            if (opensExpression(ty) || ((ty == MiniPyLexer.IF || ty == MiniPyLexer.ELIF || ty == MiniPyLexer.WHILE)
                    && isLineStart(k))) {
                return k + 1;
            }
            if (ty == MiniPyLexer.IF) {
                return k + 1;   // the caller checks for a conditional expression's condition
            }
            return -1;
        }
        return 0;
    }

    private static boolean opensExpression(int ty) {
        switch (ty) {
            case MiniPyLexer.LPAR: case MiniPyLexer.LSQB: case MiniPyLexer.LBRACE: case MiniPyLexer.COMMA:
            case MiniPyLexer.COLON: case MiniPyLexer.EQUAL: case MiniPyLexer.COLONEQUAL: case MiniPyLexer.ELSE:
            case MiniPyLexer.NEWLINE: case MiniPyLexer.INDENT: case MiniPyLexer.DEDENT: case MiniPyLexer.SEMI:
            case MiniPyLexer.RETURN: case MiniPyLexer.ASSERT: case MiniPyLexer.RAISE: case MiniPyLexer.DEL:
            case MiniPyLexer.RARROW: case MiniPyLexer.YIELD: case MiniPyLexer.FROM:
            case MiniPyLexer.PLUSEQUAL: case MiniPyLexer.MINEQUAL: case MiniPyLexer.STAREQUAL: case MiniPyLexer.ATEQUAL:
            case MiniPyLexer.SLASHEQUAL: case MiniPyLexer.PERCENTEQUAL: case MiniPyLexer.AMPEREQUAL:
            case MiniPyLexer.VBAREQUAL: case MiniPyLexer.CIRCUMFLEXEQUAL: case MiniPyLexer.LEFTSHIFTEQUAL:
            case MiniPyLexer.RIGHTSHIFTEQUAL: case MiniPyLexer.DOUBLESTAREQUAL: case MiniPyLexer.DOUBLESLASHEQUAL:
                return true;
            default:
                return false;
        }
    }

    private boolean isLineStart(int k) {
        int prev = x.type(k - 1);
        return k == 0 || prev == MiniPyLexer.NEWLINE || prev == MiniPyLexer.INDENT || prev == MiniPyLexer.DEDENT;
    }

    /** True if token a is directly inside a def's parameter list or an import's parentheses. */
    private boolean inParameterList(int a) {
        int depth = 0;
        for (int j = a - 1; j >= 0; j--) {
            int ty = x.type(j);
            if (ExpressionExtent.isCloser(ty)) {
                depth++;
            } else if (ExpressionExtent.isOpener(ty) && depth-- == 0) {
                return ty == MiniPyLexer.LPAR && (x.type(j - 1) == MiniPyLexer.IMPORT
                        || (x.type(j - 1) == MiniPyLexer.NAME && x.type(j - 2) == MiniPyLexer.DEF));
            }
        }
        return false;
    }

    /** The type of the innermost bracket still open before token k, or INVALID_TYPE. */
    int enclosingOpener(int k) {
        int j = openerIndex(k);
        return j < 0 ? Token.INVALID_TYPE : x.type(j);
    }

    /** The index of the innermost bracket still open before token k, or -1. */
    private int openerIndex(int k) {
        int depth = 0;
        for (int j = k - 1; j >= 0; j--) {
            int ty = x.type(j);
            if (ExpressionExtent.isCloser(ty)) {
                depth++;
            } else if (ExpressionExtent.isOpener(ty) && depth-- == 0) {
                return j;
            }
        }
        return -1;
    }

    private int matchingOpener(int k) {
        int depth = 0;
        for (int j = k; j >= 0; j--) {
            int ty = x.type(j);
            if (ExpressionExtent.isCloser(ty)) {
                depth++;
            } else if (ExpressionExtent.isOpener(ty) && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    /** The bracket depth after token i, as CPython's tokenizer records it on each token. */
    private int levelAfter(int i) {
        int level = 0;
        for (int j = 0; j <= i; j++) {
            int ty = x.type(j);
            if (ExpressionExtent.isOpener(ty)) {
                level++;
            } else if (ExpressionExtent.isCloser(ty)) {
                level--;
            }
        }
        return level;
    }

    private static boolean startsExpression(int ty) {
        return ExpressionExtent.isSimpleAtom(ty) || ty == MiniPyLexer.STRING || ExpressionExtent.isOpener(ty)
                || ty == MiniPyLexer.LAMBDA || ty == MiniPyLexer.NOT || ty == MiniPyLexer.MINUS
                || ty == MiniPyLexer.PLUS || ty == MiniPyLexer.TILDE;
    }

    /**
     * CPython 3.11's SOFT_KEYWORD lookahead compares only as many characters as the name has,
     * so any non-empty prefix of "_", "case" or "match" counts ("c", "ma", ...).
     */
    private static boolean isSoftKeyword(String name) {
        return !name.isEmpty() && ("_".startsWith(name) || "case".startsWith(name) || "match".startsWith(name));
    }

    private PySyntaxError range(int from, int to, String msg) {
        Token a = tokens.get(from);
        Token b = tokens.get(to);
        return src.parserError("SyntaxError", msg, a.getLine(), a.getCharPositionInLine() + 1,
                AstBuilder.endLine(b), AstBuilder.endCol(b) + 1);
    }
}
