package org.minipy.parse;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.minipy.parse.antlr.MiniPyLexer;

/**
 * Where an expression starting at a token ends, judged from the token shapes alone. Used only
 * after a parse has failed, to give the ranges of CPython's "invalid_*" error rules (for
 * example the two expressions of "Perhaps you forgot a comma?"). Every method returns the
 * index of the expression's last token, or -1 when no such expression starts there.
 * {@link #ranOut} records that the scan needed a token the tokenizer never produced (the
 * parser would have reached the end of the source there).
 */
final class ExpressionExtent {
    private final CommonTokenStream tokens;
    boolean ranOut;
    /** The furthest token index looked at (CPython compares that token's line with an unclosed bracket's). */
    int furthest = -1;

    ExpressionExtent(CommonTokenStream tokens) {
        this.tokens = tokens;
    }

    int type(int i) {
        if (i < 0) {
            return Token.INVALID_TYPE;
        }
        if (i >= tokens.size()) {
            ranOut = true;
            return Token.EOF;
        }
        if (i > furthest) {
            furthest = i;
        }
        return tokens.get(i).getType();
    }

    /** CPython's disjunction: operands joined by binary, comparison and boolean operators. */
    int disjunction(int i) {
        return operatorChain(i, true);
    }

    /** CPython's bitwise_or: operands joined by arithmetic and bitwise operators only. */
    int bitwiseOr(int i) {
        return operatorChain(i, false);
    }

    /** An expression without the error rules: a conditional expression, a disjunction or a lambda. */
    int expression(int i) {
        if (type(i) == MiniPyLexer.LAMBDA) {
            int j = i + 1;
            while (true) {
                int ty = type(j);
                if (ty == MiniPyLexer.COLON) {
                    return expression(j + 1);
                }
                if (ty == Token.EOF || ty == MiniPyLexer.NEWLINE || isCloser(ty)) {
                    return -1;
                }
                j = isOpener(ty) ? groupEnd(j) + 1 : j + 1;
                if (j == 0) {
                    return -1;
                }
            }
        }
        int end = disjunction(i);
        if (end >= 0 && type(end + 1) == MiniPyLexer.IF) {
            int cond = disjunction(end + 2);
            if (cond >= 0 && type(cond + 1) == MiniPyLexer.ELSE) {
                int orElse = expression(cond + 2);
                if (orElse >= 0) {
                    return orElse;
                }
            }
        }
        return end;
    }

    /** Comma-separated expressions, each possibly starred (a bare tuple). */
    int starExpressions(int i) {
        int end = starExpression(i);
        while (end >= 0 && type(end + 1) == MiniPyLexer.COMMA) {
            int next = starExpression(end + 2);
            if (next < 0) {
                return end + 1;
            }
            end = next;
        }
        return end;
    }

    /** One operand with its prefix operators and trailers, no binary operator. */
    int operandEnd(int i) {
        return operand(i, false);
    }

    private int starExpression(int i) {
        return type(i) == MiniPyLexer.STAR ? bitwiseOr(i + 1) : expression(i);
    }

    private int operatorChain(int i, boolean logical) {
        int end = operand(i, logical);
        while (end >= 0) {
            int op = type(end + 1);
            int next;
            if (isArithmetic(op) || (logical && isLogical(op))) {
                next = end + 2;
            } else if (logical && op == MiniPyLexer.NOT && type(end + 2) == MiniPyLexer.IN) {
                next = end + 3;
            } else {
                return end;
            }
            int e = operand(next, logical);
            if (e < 0) {
                return end;
            }
            end = e;
        }
        return end;
    }

    /** Prefix operators, an atom and its trailers (calls, subscripts, attributes). */
    private int operand(int i, boolean logical) {
        while (true) {
            int ty = type(i);
            if (ty == MiniPyLexer.MINUS || ty == MiniPyLexer.PLUS || ty == MiniPyLexer.TILDE
                    || ty == MiniPyLexer.AWAIT || (logical && ty == MiniPyLexer.NOT)) {
                i++;
            } else {
                break;
            }
        }
        int end;
        int ty = type(i);
        if (isOpener(ty)) {
            end = groupEnd(i);
        } else if (ty == MiniPyLexer.STRING) {
            end = i;
            while (type(end + 1) == MiniPyLexer.STRING) {
                end++;
            }
        } else if (isSimpleAtom(ty)) {
            end = i;
        } else {
            return -1;
        }
        while (end >= 0) {
            int next = type(end + 1);
            if (next == MiniPyLexer.LPAR || next == MiniPyLexer.LSQB) {
                end = groupEnd(end + 1);
            } else if (next == MiniPyLexer.DOT && type(end + 2) == MiniPyLexer.NAME) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /** The index of the bracket closing the one at i, or -1. */
    int groupEnd(int i) {
        int depth = 0;
        for (int j = i; ; j++) {
            int ty = type(j);
            if (ty == Token.EOF) {
                return -1;
            }
            if (isOpener(ty)) {
                depth++;
            } else if (isCloser(ty) && --depth == 0) {
                return j;
            }
        }
    }

    static boolean isOpener(int ty) {
        return ty == MiniPyLexer.LPAR || ty == MiniPyLexer.LSQB || ty == MiniPyLexer.LBRACE;
    }

    static boolean isCloser(int ty) {
        return ty == MiniPyLexer.RPAR || ty == MiniPyLexer.RSQB || ty == MiniPyLexer.RBRACE;
    }

    static boolean isSimpleAtom(int ty) {
        return ty == MiniPyLexer.NAME || ty == MiniPyLexer.NUMBER || ty == MiniPyLexer.IMAG_NUMBER
                || ty == MiniPyLexer.NONE || ty == MiniPyLexer.TRUE || ty == MiniPyLexer.FALSE
                || ty == MiniPyLexer.ELLIPSIS;
    }

    /** True if a token of this type can end an operand. */
    static boolean endsOperand(int ty) {
        return isSimpleAtom(ty) || isCloser(ty) || ty == MiniPyLexer.STRING;
    }

    static boolean isArithmetic(int ty) {
        switch (ty) {
            case MiniPyLexer.VBAR: case MiniPyLexer.CIRCUMFLEX: case MiniPyLexer.AMPER: case MiniPyLexer.LEFTSHIFT:
            case MiniPyLexer.RIGHTSHIFT: case MiniPyLexer.PLUS: case MiniPyLexer.MINUS: case MiniPyLexer.STAR:
            case MiniPyLexer.SLASH: case MiniPyLexer.PERCENT: case MiniPyLexer.DOUBLESLASH: case MiniPyLexer.AT:
            case MiniPyLexer.DOUBLESTAR:
                return true;
            default:
                return false;
        }
    }

    static boolean isLogical(int ty) {
        switch (ty) {
            case MiniPyLexer.LESS: case MiniPyLexer.GREATER: case MiniPyLexer.EQEQUAL: case MiniPyLexer.GREATEREQUAL:
            case MiniPyLexer.LESSEQUAL: case MiniPyLexer.NOTEQUAL: case MiniPyLexer.IN: case MiniPyLexer.IS:
            case MiniPyLexer.AND: case MiniPyLexer.OR:
                return true;
            default:
                return false;
        }
    }
}
