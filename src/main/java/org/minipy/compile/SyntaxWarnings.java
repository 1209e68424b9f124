package org.minipy.compile;

import java.util.List;
import org.minipy.ast.CmpOp;
import org.minipy.ast.Expr;
import org.minipy.ast.Stmt;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyEllipsis;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;

/**
 * The compiler's SyntaxWarnings, as CPython 3.11's compile.c gives them for code that is legal
 * but almost certainly a mistake: {@code x is 1} (check_compare), {@code (1, 2) (3, 4)} with a
 * missing comma (check_caller, check_subscripter, check_index) and {@code assert (x, "msg")}.
 * Literals are judged after constant folding, as CPython's AST optimiser runs first.
 */
final class SyntaxWarnings {
    private SyntaxWarnings() {
    }

    /** {@code x is 1}: "is" with a literal (None, True, False and ... are fine). */
    static void checkCompare(WarningSink sink, Expr.Compare c) {
        List<CmpOp> ops = c.ops();
        Expr left = c.left();
        boolean leftOk = isArgOk(left);
        for (int i = 0; i < ops.size(); i++) {
            CmpOp op = ops.get(i);
            Expr right = c.comparators().get(i);
            boolean rightOk = isArgOk(right);
            if ((op == CmpOp.Is || op == CmpOp.IsNot) && (!leftOk || !rightOk)) {
                sink.warn(op == CmpOp.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?", c.pos().line());
                return;
            }
            leftOk = rightOk;
        }
    }

    private static boolean isArgOk(Expr e) {
        PyObject v = ConstFolder.fold(e);
        return v == null || v == PyNone.None || v == PyBool.True || v == PyBool.False || v == PyEllipsis.Ellipsis;
    }

    /** {@code (1, 2) (3, 4)}: calling a display or a literal. */
    static void checkCaller(WarningSink sink, Expr func) {
        if (func instanceof Expr.Tuple || func instanceof Expr.List_ || func instanceof Expr.ListComp
                || func instanceof Expr.Dict || func instanceof Expr.DictComp || func instanceof Expr.Set
                || func instanceof Expr.SetComp || func instanceof Expr.GeneratorExp || func instanceof Expr.JoinedStr
                || func instanceof Expr.FormattedValue || ConstFolder.fold(func) != null) {
            sink.warn("'" + inferType(func) + "' object is not callable; perhaps you missed a comma?",
                    func.pos().line());
        }
    }

    /** {@code 5[0]}, {@code {1, 2}[0]}, {@code [1, 2][1.5]}: a subscript that must fail. */
    static void checkSubscript(WarningSink sink, Expr.Subscript s) {
        Expr value = s.value();
        PyObject v = ConstFolder.fold(value);
        boolean notSubscriptable = v != null
                ? v == PyNone.None || v == PyEllipsis.Ellipsis || v instanceof PyInt
                    || v instanceof org.minipy.objects.PyFloat
                : value instanceof Expr.Set || value instanceof Expr.SetComp
                    || value instanceof Expr.GeneratorExp || value instanceof Expr.Lambda;
        if (notSubscriptable) {
            sink.warn("'" + inferType(value) + "' object is not subscriptable; perhaps you missed a comma?",
                    s.pos().line());
            return;
        }
        String seq = inferType(value);
        if (!"list".equals(seq) && !"tuple".equals(seq) && !"str".equals(seq) && !"bytes".equals(seq)) {
            return;
        }
        String index = inferType(s.slice());
        if (index == null || index.equals("int") || index.equals("bool") || s.slice() instanceof Expr.Slice) {
            return;
        }
        sink.warn(seq + " indices must be integers or slices, not " + index + "; perhaps you missed a comma?",
                s.pos().line());
    }

    /** {@code assert (x, "message")}: a non-empty tuple is always true. */
    static void checkAssert(WarningSink sink, Stmt.Assert a) {
        if (a.test() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
            sink.warn("assertion is always true, perhaps remove parentheses?", a.pos().line());
        }
    }

    /** The type an expression is known to have at compile time (cf. infer_type), or null. */
    private static String inferType(Expr e) {
        if (e instanceof Expr.Tuple) {
            return "tuple";
        } else if (e instanceof Expr.List_ || e instanceof Expr.ListComp) {
            return "list";
        } else if (e instanceof Expr.Dict || e instanceof Expr.DictComp) {
            return "dict";
        } else if (e instanceof Expr.Set || e instanceof Expr.SetComp) {
            return "set";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator";
        } else if (e instanceof Expr.Lambda) {
            return "function";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "str";
        }
        PyObject v = ConstFolder.fold(e);
        return v == null ? null : v.getType().getName();
    }
}
