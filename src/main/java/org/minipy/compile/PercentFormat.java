package org.minipy.compile;

import java.util.ArrayList;
import java.util.List;

import org.minipy.ast.Expr;
import org.minipy.ast.Operator;

/**
 * cf. optimize_format in CPython 3.11's AST optimiser: {@code 'text %s %r %a' % (x, y, z)} with
 * only simple conversions (an optional '-', width and precision) is compiled as the f-string
 * {@code f'text {x!s} {y!r} {z!a}'}.
 */
final class PercentFormat {
    private static final int MAXDIGITS = 3;
    /** CPython gives the literal parts no location: they take the line of what precedes them. */
    private static final org.minipy.ast.Pos NOWHERE = new org.minipy.ast.Pos(-1, -1, -1, -1);

    private PercentFormat() {
    }

    /** The equivalent f-string, or null when the expression is not of that shape. */
    static Expr.JoinedStr optimize(Expr.BinOp b) {
        if (b.op() != Operator.Mod || !(b.left() instanceof Expr.Constant c) || !(c.value() instanceof String fmt)
                || !(b.right() instanceof Expr.Tuple t) || ConstFolder.fold(t) != null) {
            return null;
        }
        for (Expr e : t.elts()) {
            if (e instanceof Expr.Starred) {
                return null;
            }
        }
        List<Expr> elts = t.elts();
        List<Expr> seq = new ArrayList<>();
        int[] pos = {0};
        int cnt = 0;
        while (true) {
            String lit = literal(fmt, pos);
            if (lit != null) {
                seq.add(new Expr.Constant(NOWHERE, lit, null));
            }
            if (pos[0] >= fmt.length()) {
                break;
            }
            if (cnt >= elts.size()) {
                return null;
            }
            pos[0]++;
            Expr fv = format(fmt, pos, elts.get(cnt), b);
            cnt++;
            if (fv == null) {
                return null;
            }
            seq.add(fv);
        }
        if (cnt < elts.size()) {
            return null;
        }
        return new Expr.JoinedStr(b.pos(), seq);
    }

    private static String literal(String fmt, int[] ppos) {
        int pos = ppos[0];
        int start = pos;
        boolean percents = false;
        while (pos < fmt.length()) {
            if (fmt.charAt(pos) == '%') {
                if (pos + 1 < fmt.length() && fmt.charAt(pos + 1) == '%') {
                    percents = true;
                    pos += 2;
                    continue;
                }
                break;
            }
            pos++;
        }
        ppos[0] = pos;
        if (pos == start) {
            return null;
        }
        String s = fmt.substring(start, pos);
        return percents ? s.replace("%%", "%") : s;
    }

    private static Expr format(String fmt, int[] ppos, Expr arg, Expr.BinOp node) {
        int pos = ppos[0];
        int len = fmt.length();
        boolean ljust = false;
        int width = -1;
        int prec = -1;
        if (pos >= len) {
            return null;
        }
        char ch = fmt.charAt(pos++);
        while (ch == '-') {
            ljust = true;
            if (pos >= len) {
                return null;
            }
            ch = fmt.charAt(pos++);
        }
        if (ch == '+' || ch == ' ' || ch == '#' || ch == '0') {
            return null;
        }
        if (ch >= '0' && ch <= '9') {
            width = 0;
            while (ch >= '0' && ch <= '9') {
                if (width >= MAXDIGITS) {
                    return null;
                }
                width = width * 10 + (ch - '0');
                if (pos >= len) {
                    return null;
                }
                ch = fmt.charAt(pos++);
            }
        }
        if (ch == '.') {
            if (pos >= len) {
                return null;
            }
            ch = fmt.charAt(pos++);
            prec = 0;
            while (ch >= '0' && ch <= '9') {
                if (prec >= MAXDIGITS) {
                    return null;
                }
                prec = prec * 10 + (ch - '0');
                if (pos >= len) {
                    return null;
                }
                ch = fmt.charAt(pos++);
            }
        }
        ppos[0] = pos;
        if (ch != 's' && ch != 'r' && ch != 'a') {
            return null;
        }
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) {
            spec.append('>');
        }
        if (width >= 0) {
            spec.append(width);
        }
        if (prec >= 0) {
            spec.append('.').append(prec);
        }
        Expr formatSpec = spec.length() == 0 ? null
                : new Expr.JoinedStr(NOWHERE, List.of(new Expr.Constant(NOWHERE, spec.toString(), null)));
        return new Expr.FormattedValue(arg.pos(), arg, ch, formatSpec);
    }
}
