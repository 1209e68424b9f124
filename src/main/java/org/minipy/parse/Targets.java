package org.minipy.parse;

import java.util.ArrayList;
import java.util.List;
import org.minipy.ast.Expr;
import org.minipy.ast.ExprContext;
import org.minipy.ast.Pos;

/**
 * Turns a parsed expression into an assignment or deletion target (ctx Store / Del), raising
 * CPython's "cannot assign to ..." / "cannot delete ..." errors (cf. _PyPegen_get_expr_name).
 */
final class Targets {
    private Targets() {
    }

    /** CPython's name for an expression kind in error messages. */
    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Subscript) return "subscript";
        if (e instanceof Expr.Starred) return "starred";
        if (e instanceof Expr.Name) return "name";
        if (e instanceof Expr.List_) return "list";
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.GeneratorExp) return "generator expression";
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) return "yield expression";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.SetComp) return "set comprehension";
        if (e instanceof Expr.DictComp) return "dict comprehension";
        if (e instanceof Expr.Dict) return "dict literal";
        if (e instanceof Expr.Set) return "set display";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "f-string expression";
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.NamedExpr) return "named expression";
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == Expr.Constant.NONE) return "None";
            if (v == Expr.Constant.ELLIPSIS) return "ellipsis";
            if (v instanceof Boolean b) return b ? "True" : "False";
            return "literal";
        }
        return "expression";
    }

    /** The first sub-target that cannot be assigned (or deleted), or null when all are fine. */
    static Expr invalidTarget(Expr e, boolean del) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return null;
        }
        if (e instanceof Expr.Starred s) {
            return del ? e : invalidTarget(s.value(), false);
        }
        List<Expr> elts = e instanceof Expr.Tuple t ? t.elts() : e instanceof Expr.List_ l ? l.elts() : null;
        if (elts == null) {
            return e;
        }
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, del);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    static Expr withCtx(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) return new Expr.Name(n.pos(), n.id(), ctx);
        if (e instanceof Expr.Attribute a) return new Expr.Attribute(a.pos(), a.value(), a.attr(), ctx);
        if (e instanceof Expr.Subscript s) return new Expr.Subscript(s.pos(), s.value(), s.slice(), ctx);
        if (e instanceof Expr.Starred s) return new Expr.Starred(s.pos(), withCtx(s.value(), ctx), ctx);
        if (e instanceof Expr.Tuple t) return new Expr.Tuple(t.pos(), all(t.elts(), ctx), ctx);
        if (e instanceof Expr.List_ l) return new Expr.List_(l.pos(), all(l.elts(), ctx), ctx);
        return e;
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(withCtx(x, ctx));
        }
        return List.copyOf(out);
    }

    /** Checks and converts an assignment target (for, with, comprehension, =). */
    static Expr store(Expr e, Source src) {
        Expr bad = invalidTarget(e, false);
        if (bad != null) {
            throw error(src, bad, "cannot assign to " + exprName(bad));
        }
        return withCtx(e, ExprContext.Store);
    }

    static Expr delete(Expr e, Source src) {
        Expr bad = invalidTarget(e, true);
        if (bad != null) {
            throw error(src, bad, "cannot delete " + exprName(bad));
        }
        return withCtx(e, ExprContext.Del);
    }

    static PySyntaxError error(Source src, Expr at, String msg) {
        Pos p = at.pos();
        return src.parserError("SyntaxError", msg, p.line(), p.col() + 1, p.endLine(), p.endCol() + 1);
    }
}
