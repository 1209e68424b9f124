package org.minipy.parse;

import org.minipy.ast.Expr;
import org.minipy.ast.Mod;
import org.minipy.ast.Stmt;

/**
 * Where a traceback's caret line changes from {@code ~} to {@code ^}: the source segment an
 * instruction covers is parsed on its own, and if it is a binary operation the operator is
 * marked, if a subscript the brackets and what is between them (cf. extract_anchors_from_line in
 * CPython 3.11's Python/traceback.c, which prints uncaught exceptions). Offsets are code points
 * of the segment.
 */
public final class CaretAnchors {
    private CaretAnchors() {
    }

    /**
     * {left end, right start, tilde} for the segment: the {@code ^} part is [left end, right
     * start), and tilde is 1 when the rest is drawn with {@code ~} (0: with {@code ^} too).
     * Null when the segment is no single expression statement of either kind, or does not parse.
     */
    public static int[] of(String segment) {
        Mod.Module m;
        try {
            m = Parser.parseModule(segment, "<traceback>");
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
        if (m.body().size() != 1 || !(m.body().get(0) instanceof Stmt.ExprStmt s)) {
            return null;
        }
        int[] cps = segment.codePoints().toArray();
        if (s.value() instanceof Expr.BinOp b) {
            return binOp(cps, b.left().pos().endCol(), b.right().pos().col());
        }
        if (s.value() instanceof Expr.Subscript sub) {
            return subscript(cps, sub.value().pos().endCol(), sub.slice().pos().endCol());
        }
        return null;
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /**
     * The operator: the first non-blank character after the left operand, two characters when
     * the next one is not blank either ({@code //}, {@code **}); a closing parenthesis of the
     * left operand is passed over unless it is the last character before the right operand.
     */
    private static int[] binOp(int[] s, int leftEnd, int rightStart) {
        int[] a = null;
        for (int i = leftEnd; i < rightStart && i < s.length; i++) {
            if (isWhitespace(s[i])) {
                continue;
            }
            a = new int[] {i, i + 1, 0};
            if (i + 1 < rightStart && i + 1 < s.length && !isWhitespace(s[i + 1])) {
                a[1]++;
            }
            if (i + 1 < rightStart && s[i] == ')') {
                continue;
            }
            a[2] = 1;
            break;
        }
        return a;
    }

    /** From the '[' after the value to the ']' after the slice, both included. */
    private static int[] subscript(int[] s, int valueEnd, int sliceEnd) {
        int left = valueEnd, right = sliceEnd + 1;
        while (left < s.length && s[left] != '[') {
            left++;
        }
        while (right < s.length && s[right] != ']') {
            right++;
        }
        if (right < s.length) {
            right++;
        }
        return new int[] {left, right, 1};
    }
}
