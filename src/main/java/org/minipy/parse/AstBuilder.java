package org.minipy.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.minipy.ast.Alias;
import org.minipy.ast.Arg;
import org.minipy.ast.Arguments;
import org.minipy.ast.BoolOperator;
import org.minipy.ast.CmpOp;
import org.minipy.ast.Comprehension;
import org.minipy.ast.ExceptHandler;
import org.minipy.ast.Expr;
import org.minipy.ast.Keyword;
import org.minipy.ast.Operator;
import org.minipy.ast.Pos;
import org.minipy.ast.Stmt;
import org.minipy.ast.UnaryOperator;
import org.minipy.ast.WithItem;
import org.minipy.parse.antlr.MiniPyLexer;
import org.minipy.parse.antlr.MiniPyParser.*;

/**
 * Walks the ANTLR parse tree and builds the minipy AST with CPython's positions. Checks the
 * grammar leaves open (assignment targets, parameter order, keyword arguments) raise CPython's
 * messages. Typed methods per rule do the work (not ANTLR's generated visitor: loading it costs
 * start-up time for nothing).
 */
final class AstBuilder {
    private static final org.minipy.ast.ExprContext LOAD = org.minipy.ast.ExprContext.Load;
    private static final org.minipy.ast.ExprContext STORE = org.minipy.ast.ExprContext.Store;

    private final Source src;
    private final StringLiterals.ExprParser fstringParser;

    AstBuilder(Source src, StringLiterals.ExprParser fstringParser) {
        this.src = src;
        this.fstringParser = fstringParser;
    }

    // ---------------------------------------------------------------- positions

    static int endLine(Token t) {
        String s = t.getText();
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return t.getLine() + n;
    }

    static int endCol(Token t) {
        String s = t.getText();
        int nl = s.lastIndexOf('\n');
        if (nl < 0) {
            return t.getCharPositionInLine() + s.codePointCount(0, s.length());
        }
        return s.codePointCount(nl + 1, s.length());
    }

    static Pos pos(Token a, Token b) {
        return new Pos(a.getLine(), a.getCharPositionInLine(), endLine(b), endCol(b));
    }

    static Pos pos(ParserRuleContext c) {
        return pos(c.getStart(), c.getStop());
    }

    static Pos pos(Token t) {
        return pos(t, t);
    }

    static Pos span(Pos a, Pos b) {
        return new Pos(a.line(), a.col(), b.endLine(), b.endCol());
    }

    static Pos span(Token a, Pos b) {
        return new Pos(a.getLine(), a.getCharPositionInLine(), b.endLine(), b.endCol());
    }

    static Pos span(Pos a, Token b) {
        return new Pos(a.line(), a.col(), endLine(b), endCol(b));
    }

    private PySyntaxError error(Pos p, String msg) {
        return src.parserError("SyntaxError", msg, p.line(), p.col() + 1, p.endLine(), p.endCol() + 1);
    }

    // ---------------------------------------------------------------- start rules

    List<Stmt> fileInput(List<StmtContext> stmts) {
        List<Stmt> out = new ArrayList<>();
        for (StmtContext s : stmts) {
            stmt(s, out);
        }
        return List.copyOf(out);
    }

    Expr evalInput(Eval_inputContext c) {
        return starExpressions(c.star_expressions());
    }

    // ---------------------------------------------------------------- statements

    private void stmt(StmtContext c, List<Stmt> out) {
        if (c.simple_stmts() != null) {
            simpleStmts(c.simple_stmts(), out);
        } else {
            out.add(compound(c.compound_stmt()));
        }
    }

    private void simpleStmts(Simple_stmtsContext c, List<Stmt> out) {
        for (Simple_stmtContext s : c.simple_stmt()) {
            out.add(simple(s));
        }
    }

    private List<Stmt> block(BlockContext c) {
        List<Stmt> out = new ArrayList<>();
        if (c.simple_stmts() != null) {
            simpleStmts(c.simple_stmts(), out);
        } else {
            for (StmtContext s : c.stmt()) {
                stmt(s, out);
            }
        }
        return List.copyOf(out);
    }

    private static Pos lastEnd(List<Stmt> body) {
        return body.get(body.size() - 1).pos();
    }

    private Stmt simple(Simple_stmtContext c) {
        ParseTree child = c.getChild(0);
        if (child instanceof Expr_stmtContext e) {
            return exprStmt(e);
        }
        Pos p = pos(c);
        if (child instanceof Pass_stmtContext) {
            return new Stmt.Pass(p);
        }
        if (child instanceof Break_stmtContext) {
            return new Stmt.Break(p);
        }
        if (child instanceof Continue_stmtContext) {
            return new Stmt.Continue(p);
        }
        if (child instanceof Return_stmtContext r) {
            return new Stmt.Return(p, r.star_expressions() == null ? null : starExpressions(r.star_expressions()));
        }
        if (child instanceof Del_stmtContext d) {
            List<Expr> targets = new ArrayList<>();
            Expr t = exprlist(d.exprlist());
            if (t instanceof Expr.Tuple tup && d.exprlist().getStart().getType() != MiniPyLexer.LPAR) {
                for (Expr x : tup.elts()) {
                    targets.add(Targets.delete(x, src));
                }
            } else {
                targets.add(Targets.delete(t, src));
            }
            return new Stmt.Delete(p, List.copyOf(targets));
        }
        if (child instanceof Raise_stmtContext r) {
            List<TestContext> tests = r.test();
            return new Stmt.Raise(p, tests.isEmpty() ? null : test(tests.get(0)),
                    tests.size() > 1 ? test(tests.get(1)) : null);
        }
        if (child instanceof Global_stmtContext g) {
            return new Stmt.Global(p, names(g.NAME()));
        }
        if (child instanceof Nonlocal_stmtContext g) {
            return new Stmt.Nonlocal(p, names(g.NAME()));
        }
        if (child instanceof Assert_stmtContext a) {
            return new Stmt.Assert(p, test(a.test(0)), a.test().size() > 1 ? test(a.test(1)) : null);
        }
        if (child instanceof Import_nameContext i) {
            List<Alias> names = new ArrayList<>();
            for (Dotted_as_nameContext d : i.dotted_as_name()) {
                names.add(new Alias(pos(d), d.dotted_name().getText(), d.NAME() == null ? null : d.NAME().getText()));
            }
            return new Stmt.Import(p, List.copyOf(names));
        }
        return importFrom((Import_fromContext) child, p);
    }

    private static List<String> names(List<TerminalNode> nodes) {
        List<String> out = new ArrayList<>(nodes.size());
        for (TerminalNode n : nodes) {
            out.add(n.getText());
        }
        return List.copyOf(out);
    }

    private Stmt importFrom(Import_fromContext c, Pos p) {
        int level = 0;
        for (Import_dotsContext d : c.import_dots()) {
            level += d.getText().length();
        }
        String module = c.dotted_name() == null ? null : c.dotted_name().getText();
        if (module == null && level == 0) {
            throw error(pos(c.IMPORT().getSymbol()), "invalid syntax");
        }
        List<Alias> names = new ArrayList<>();
        if (c.STAR() != null) {
            names.add(new Alias(pos(c.STAR().getSymbol()), "*", null));
        } else {
            for (Import_as_nameContext a : c.import_as_name()) {
                names.add(new Alias(pos(a), a.NAME(0).getText(), a.NAME().size() > 1 ? a.NAME(1).getText() : null));
            }
        }
        return new Stmt.ImportFrom(p, module, List.copyOf(names), level);
    }

    private Stmt exprStmt(Expr_stmtContext c) {
        Pos p = pos(c);
        if (c.first == null) {
            return new Stmt.ExprStmt(p, yieldExpr(c.yield_expr()));
        }
        Expr first = starExpressions(c.first);
        if (c.annassign() != null) {
            AnnassignContext a = c.annassign();
            boolean parenthesized = c.first.getStart().getType() == MiniPyLexer.LPAR;
            if (first instanceof Expr.Tuple || first instanceof Expr.List_) {
                throw error(first instanceof Expr.Tuple tup ? tup.elts().get(0).pos() : first.pos(), "only single target (not " + (first instanceof Expr.Tuple ? "tuple" : "list")
                        + ") can be annotated");
            }
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw error(first.pos(), "illegal target for annotation");
            }
            Expr value = a.rhs() == null ? null : rhs(a.rhs());
            return new Stmt.AnnAssign(p, Targets.withCtx(first, STORE), test(a.test()), value,
                    first instanceof Expr.Name && !parenthesized);
        }
        if (c.augassign() != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw error(first.pos(), "'" + Targets.exprName(first) + "' is an illegal expression for augmented assignment");
            }
            return new Stmt.AugAssign(p, Targets.withCtx(first, STORE),
                    augOp(c.augassign().getStart().getType()), rhs(c.rhs(0)));
        }
        List<RhsContext> rhss = c.rhs();
        if (rhss.isEmpty()) {
            return new Stmt.ExprStmt(p, first);
        }
        List<Expr> targets = new ArrayList<>(rhss.size());
        targets.add(assignTarget(first, true, rhss.size() == 1 ? rhss.get(0) : null));
        for (int i = 0; i < rhss.size() - 1; i++) {
            Expr t = rhs(rhss.get(i));
            targets.add(assignTarget(t, false, null));
        }
        return new Stmt.Assign(p, List.copyOf(targets), rhs(rhss.get(rhss.size() - 1)));
    }

    private Expr assignTarget(Expr t, boolean first, RhsContext onlyValue) {
        if (t instanceof Expr.Yield || t instanceof Expr.YieldFrom) {
            throw error(t.pos(), "assignment to yield expression not possible");
        }
        Expr bad = Targets.invalidTarget(t, false);
        if (bad == null) {
            return Targets.withCtx(t, STORE);
        }
        String msg = "cannot assign to " + Targets.exprName(bad);
        if (bad == t && first && onlyValue != null && maybeMeantEquals(t, onlyValue)) {
            msg += " here. Maybe you meant '==' instead of '='?";
        }
        throw error(bad.pos(), msg);
    }

    /** cf. invalid_named_expression: a bitwise_or-level target followed by '=' and a bitwise_or. */
    private static boolean maybeMeantEquals(Expr t, RhsContext value) {
        if (t instanceof Expr.Compare || t instanceof Expr.BoolOp || t instanceof Expr.IfExp
                || t instanceof Expr.Lambda || t instanceof Expr.NamedExpr || t instanceof Expr.GeneratorExp
                || t instanceof Expr.Starred) {
            return false;
        }
        if (t instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not) {
            return false;
        }
        if (t instanceof Expr.Constant c && (c.value() == Expr.Constant.NONE || c.value() instanceof Boolean)) {
            return false;
        }
        int first = value.getStart().getType();
        return first != MiniPyLexer.NOT && first != MiniPyLexer.LAMBDA && first != MiniPyLexer.YIELD
                && first != MiniPyLexer.STAR;
    }

    private Expr rhs(RhsContext c) {
        return c.yield_expr() != null ? yieldExpr(c.yield_expr()) : starExpressions(c.star_expressions());
    }

    private static Operator augOp(int type) {
        switch (type) {
            case MiniPyLexer.PLUSEQUAL: return Operator.Add;
            case MiniPyLexer.MINEQUAL: return Operator.Sub;
            case MiniPyLexer.STAREQUAL: return Operator.Mult;
            case MiniPyLexer.ATEQUAL: return Operator.MatMult;
            case MiniPyLexer.SLASHEQUAL: return Operator.Div;
            case MiniPyLexer.PERCENTEQUAL: return Operator.Mod;
            case MiniPyLexer.AMPEREQUAL: return Operator.BitAnd;
            case MiniPyLexer.VBAREQUAL: return Operator.BitOr;
            case MiniPyLexer.CIRCUMFLEXEQUAL: return Operator.BitXor;
            case MiniPyLexer.LEFTSHIFTEQUAL: return Operator.LShift;
            case MiniPyLexer.RIGHTSHIFTEQUAL: return Operator.RShift;
            case MiniPyLexer.DOUBLESTAREQUAL: return Operator.Pow;
            default: return Operator.FloorDiv;
        }
    }

    private Stmt compound(Compound_stmtContext c) {
        ParseTree child = c.getChild(0);
        if (child instanceof If_stmtContext i) {
            return ifStmt(i);
        }
        if (child instanceof While_stmtContext w) {
            List<Stmt> body = block(w.block());
            List<Stmt> orelse = w.else_clause() == null ? List.of() : block(w.else_clause().block());
            return new Stmt.While(span(w.getStart(), lastEnd(orelse.isEmpty() ? body : orelse)),
                    namedexpr(w.namedexpr_test()), body, orelse);
        }
        if (child instanceof For_stmtContext f) {
            Expr target = Targets.store(exprlist(f.exprlist()), src);
            Expr iter = starExpressions(f.star_expressions());
            List<Stmt> body = block(f.block());
            List<Stmt> orelse = f.else_clause() == null ? List.of() : block(f.else_clause().block());
            return new Stmt.For(span(f.getStart(), lastEnd(orelse.isEmpty() ? body : orelse)), target, iter, body, orelse);
        }
        if (child instanceof Try_stmtContext t) {
            return tryStmt(t);
        }
        if (child instanceof With_stmtContext w) {
            List<WithItem> items = new ArrayList<>();
            for (With_itemContext wi : w.with_item()) {
                items.add(new WithItem(test(wi.test()), wi.expr() == null ? null : Targets.store(expr(wi.expr()), src)));
            }
            List<Stmt> body = block(w.block());
            return new Stmt.With(span(w.getStart(), lastEnd(body)), List.copyOf(items), body);
        }
        if (child instanceof FuncdefContext f) {
            return funcdef(f, List.of());
        }
        if (child instanceof ClassdefContext k) {
            return classdef(k, List.of());
        }
        DecoratedContext d = (DecoratedContext) child;
        List<Expr> decorators = new ArrayList<>();
        for (DecoratorContext dc : d.decorator()) {
            decorators.add(namedexpr(dc.namedexpr_test()));
        }
        if (d.funcdef() != null) {
            return funcdef(d.funcdef(), List.copyOf(decorators));
        }
        return classdef(d.classdef(), List.copyOf(decorators));
    }

    private Stmt ifStmt(If_stmtContext c) {
        List<Stmt> orelse = c.else_clause() == null ? List.of() : block(c.else_clause().block());
        List<Elif_clauseContext> elifs = c.elif_clause();
        Pos end = null;
        if (!orelse.isEmpty()) {
            end = lastEnd(orelse);
        }
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Elif_clauseContext e = elifs.get(i);
            List<Stmt> body = block(e.block());
            if (end == null) {
                end = lastEnd(body);
            }
            orelse = List.of(new Stmt.If(span(e.getStart(), end), namedexpr(e.namedexpr_test()), body, orelse));
        }
        List<Stmt> body = block(c.block());
        if (end == null) {
            end = lastEnd(body);
        }
        return new Stmt.If(span(c.getStart(), end), namedexpr(c.namedexpr_test()), body, orelse);
    }

    private Stmt tryStmt(Try_stmtContext c) {
        List<Stmt> body = block(c.block());
        List<ExceptHandler> handlers = new ArrayList<>();
        Pos end = lastEnd(body);
        for (Except_clauseContext e : c.except_clause()) {
            List<Stmt> hb = block(e.block());
            end = lastEnd(hb);
            handlers.add(new ExceptHandler(span(e.getStart(), end), e.test() == null ? null : test(e.test()),
                    e.NAME() == null ? null : e.NAME().getText(), hb));
        }
        List<Stmt> orelse = c.else_clause() == null ? List.of() : block(c.else_clause().block());
        if (!orelse.isEmpty()) {
            end = lastEnd(orelse);
        }
        List<Stmt> fin = c.finally_clause() == null ? List.of() : block(c.finally_clause().block());
        if (!fin.isEmpty()) {
            end = lastEnd(fin);
        }
        return new Stmt.Try(span(c.getStart(), end), body, List.copyOf(handlers), orelse, fin);
    }

    private Stmt funcdef(FuncdefContext c, List<Expr> decorators) {
        Arguments args = c.params() == null ? Arguments.EMPTY : parameters(c.params().param(), null);
        Expr returns = c.test() == null ? null : test(c.test());
        List<Stmt> body = block(c.block());
        return new Stmt.FunctionDef(span(c.getStart(), lastEnd(body)), c.NAME().getText(), args, body, decorators, returns);
    }

    private Stmt classdef(ClassdefContext c, List<Expr> decorators) {
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (c.arglist() != null) {
            arglist(c.arglist(), bases, keywords, false);
        }
        List<Stmt> body = block(c.block());
        return new Stmt.ClassDef(span(c.getStart(), lastEnd(body)), c.NAME().getText(), List.copyOf(bases),
                List.copyOf(keywords), body, decorators);
    }

    /** Builds ast.arguments from def parameters (lambdaParams == null) or lambda parameters. */
    private Arguments parameters(List<ParamContext> params, List<Lambda_paramContext> lambdaParams) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean seenStar = false;
        boolean seenSlash = false;
        int n = params != null ? params.size() : lambdaParams.size();
        for (int i = 0; i < n; i++) {
            ParserRuleContext pc = params != null ? params.get(i) : lambdaParams.get(i);
            int first = pc.getStart().getType();
            TerminalNode name = params != null ? params.get(i).NAME() : lambdaParams.get(i).NAME();
            List<TestContext> tests = params != null ? params.get(i).test()
                    : lambdaParams.get(i).test() == null ? List.of() : List.of(lambdaParams.get(i).test());
            boolean hasEq = params != null ? params.get(i).EQUAL() != null : lambdaParams.get(i).EQUAL() != null;
            boolean hasColon = params != null && params.get(i).COLON() != null;
            Expr annotation = hasColon ? test(tests.get(0)) : null;
            Expr dflt = hasEq ? test(tests.get(tests.size() - 1)) : null;
            Pos p = pos(pc);
            if (kwarg != null) {
                throw error(p, "arguments cannot follow var-keyword argument");
            }
            if (first == MiniPyLexer.SLASH) {
                if (seenSlash) {
                    throw error(p, "/ may appear only once");
                }
                if (seenStar) {
                    throw error(p, "/ must be ahead of *");
                }
                if (args.isEmpty()) {
                    throw error(p, "invalid syntax");
                }
                seenSlash = true;
                posonly.addAll(args);
                args.clear();
            } else if (first == MiniPyLexer.STAR) {
                if (seenStar) {
                    throw error(p, "* argument may appear only once");
                }
                seenStar = true;
                if (name != null) {
                    vararg = new Arg(name == null ? p : span(pos(name.getSymbol()), p), name.getText(), annotation);
                } else if (i == n - 1 || (params != null ? params.get(i + 1).DOUBLESTAR() != null
                        : lambdaParams.get(i + 1).DOUBLESTAR() != null)) {
                    throw error(p, "named arguments must follow bare *");
                }
            } else if (first == MiniPyLexer.DOUBLESTAR) {
                kwarg = new Arg(span(pos(name.getSymbol()), p), name.getText(), annotation);
            } else {
                Pos ap = annotation == null ? pos(name.getSymbol()) : span(pos(name.getSymbol()), annotation.pos());
                Arg a = new Arg(ap, name.getText(), annotation);
                if (seenStar) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                } else {
                    args.add(a);
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        throw error(p, "non-default argument follows default argument");
                    }
                }
            }
        }
        return new Arguments(List.copyOf(posonly), List.copyOf(args), vararg, List.copyOf(kwonly),
                java.util.Collections.unmodifiableList(new ArrayList<>(kwDefaults)), kwarg, List.copyOf(defaults));
    }

    // ---------------------------------------------------------------- expressions

    // The common one-child cases below go straight to getChild(0): ANTLR's typed accessors scan
    // the children and allocate lists, which is most of this class's cost in a cold JVM.

    Expr starExpressions(Star_expressionsContext c) {
        if (c.getChildCount() == 1) {
            return starOrTest((Star_or_testContext) c.getChild(0));
        }
        List<Star_or_testContext> items = c.star_or_test();
        if (items.size() == 1 && c.COMMA().isEmpty()) {
            return starOrTest(items.get(0));
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (Star_or_testContext s : items) {
            elts.add(starOrTest(s));
        }
        return new Expr.Tuple(pos(c), List.copyOf(elts), LOAD);
    }

    private Expr starOrTest(Star_or_testContext c) {
        ParseTree child = c.getChild(0);
        return child instanceof TestContext t ? test(t) : starExpr((Star_exprContext) child);
    }

    private Expr starExpr(Star_exprContext c) {
        return new Expr.Starred(pos(c), expr(c.expr()), LOAD);
    }

    private Expr exprlist(ExprlistContext c) {
        List<Star_or_exprContext> items = c.star_or_expr();
        if (items.size() == 1 && c.COMMA().isEmpty()) {
            return starOrExpr(items.get(0));
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (Star_or_exprContext s : items) {
            elts.add(starOrExpr(s));
        }
        return new Expr.Tuple(pos(c), List.copyOf(elts), LOAD);
    }

    private Expr starOrExpr(Star_or_exprContext c) {
        return c.expr() != null ? expr(c.expr()) : starExpr(c.star_expr());
    }

    Expr namedexpr(Namedexpr_testContext c) {
        if (c.getChildCount() == 1) {
            return test((TestContext) c.getChild(0));
        }
        List<TestContext> tests = c.test();
        if (tests.size() == 1) {
            return test(tests.get(0));
        }
        Expr target = test(tests.get(0));
        if (!(target instanceof Expr.Name)) {
            throw error(target.pos(), "cannot use assignment expressions with " + Targets.exprName(target));
        }
        return new Expr.NamedExpr(pos(c), Targets.withCtx(target, STORE), test(tests.get(1)));
    }

    Expr test(TestContext c) {
        if (c.getChildCount() == 1 && c.getChild(0) instanceof Or_testContext o) {
            return orTest(o);
        }
        if (c.lambdef() != null) {
            LambdefContext l = c.lambdef();
            Arguments args = l.lambda_params() == null ? Arguments.EMPTY : parameters(null, l.lambda_params().lambda_param());
            return new Expr.Lambda(pos(l), args, test(l.test()));
        }
        List<Or_testContext> ors = c.or_test();
        if (ors.size() == 1) {
            return orTest(ors.get(0));
        }
        return new Expr.IfExp(pos(c), orTest(ors.get(1)), orTest(ors.get(0)), test(c.test()));
    }

    /** not_test ((or | and) not_test)*: runs joined by 'and' become And BoolOps inside one Or. */
    private Expr orTest(Or_testContext c) {
        int n = c.getChildCount();
        if (n == 1) {
            return notTest((Not_testContext) c.getChild(0));
        }
        List<Expr> ors = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 2 < n && ((TerminalNode) c.getChild(j + 1)).getSymbol().getType() == MiniPyLexer.AND) {
                j += 2;
            }
            ors.add(andRun(c, i, j));
            i = j + 2;
        }
        return ors.size() == 1 ? ors.get(0) : new Expr.BoolOp(pos(c), BoolOperator.Or, List.copyOf(ors));
    }

    /** Children from..to of an or_test, operands joined by 'and'. */
    private Expr andRun(Or_testContext c, int from, int to) {
        if (from == to) {
            return notTest((Not_testContext) c.getChild(from));
        }
        List<Expr> values = new ArrayList<>();
        for (int k = from; k <= to; k += 2) {
            values.add(notTest((Not_testContext) c.getChild(k)));
        }
        Token start = ((ParserRuleContext) c.getChild(from)).getStart();
        Token stop = ((ParserRuleContext) c.getChild(to)).getStop();
        return new Expr.BoolOp(pos(start, stop), BoolOperator.And, List.copyOf(values));
    }

    private Expr notTest(Not_testContext c) {
        if (c.getChildCount() == 1) {
            return comparison((ComparisonContext) c.getChild(0));
        }
        return new Expr.UnaryOp(pos(c), UnaryOperator.Not, notTest(c.not_test()));
    }

    private Expr comparison(ComparisonContext c) {
        if (c.getChildCount() == 1) {
            return expr((ExprContext) c.getChild(0));
        }
        List<ExprContext> items = c.expr();
        if (items.size() == 1) {
            return expr(items.get(0));
        }
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (Comp_opContext op : c.comp_op()) {
            ops.add(cmpOp(op));
        }
        for (int i = 1; i < items.size(); i++) {
            comparators.add(expr(items.get(i)));
        }
        return new Expr.Compare(pos(c), expr(items.get(0)), List.copyOf(ops), List.copyOf(comparators));
    }

    private static CmpOp cmpOp(Comp_opContext c) {
        switch (c.getStart().getType()) {
            case MiniPyLexer.LESS: return CmpOp.Lt;
            case MiniPyLexer.GREATER: return CmpOp.Gt;
            case MiniPyLexer.EQEQUAL: return CmpOp.Eq;
            case MiniPyLexer.GREATEREQUAL: return CmpOp.GtE;
            case MiniPyLexer.LESSEQUAL: return CmpOp.LtE;
            case MiniPyLexer.NOTEQUAL: return CmpOp.NotEq;
            case MiniPyLexer.IN: return CmpOp.In;
            case MiniPyLexer.NOT: return CmpOp.NotIn;
            default: return c.getChildCount() == 2 ? CmpOp.IsNot : CmpOp.Is;
        }
    }

    /**
     * Folds expr's flat sequence factor (op factor)* by operator precedence (a shunting yard;
     * all levels are left-associative). A BinOp spans from its left operand's first token to its
     * right operand's last token, so a parenthesized operand's parentheses belong to it (as in
     * CPython).
     */
    private Expr binary(ExprContext c) {
        int n = (c.getChildCount() + 1) / 2;
        Expr[] values = new Expr[n];
        Token[] starts = new Token[n];
        Token[] stops = new Token[n];
        int[] ops = new int[n];
        int nv = 0;
        int no = 0;
        for (int i = 0; i < c.getChildCount(); i += 2) {
            if (i > 0) {
                int op = ((TerminalNode) c.getChild(i - 1)).getSymbol().getType();
                while (no > 0 && precedence(ops[no - 1]) >= precedence(op)) {
                    nv = reduce(values, starts, stops, nv, ops[--no]);
                }
                ops[no++] = op;
            }
            FactorContext f = (FactorContext) c.getChild(i);
            values[nv] = factor(f);
            starts[nv] = f.getStart();
            stops[nv++] = f.getStop();
        }
        while (no > 0) {
            nv = reduce(values, starts, stops, nv, ops[--no]);
        }
        return values[0];
    }

    /** Replaces the top two operands by their BinOp; returns the new operand count. */
    private static int reduce(Expr[] values, Token[] starts, Token[] stops, int nv, int op) {
        Expr right = values[nv - 1];
        Expr left = values[nv - 2];
        values[nv - 2] = new Expr.BinOp(pos(starts[nv - 2], stops[nv - 1]), left, binOp(op), right);
        stops[nv - 2] = stops[nv - 1];
        return nv - 1;
    }

    private static int precedence(int op) {
        switch (op) {
            case MiniPyLexer.VBAR: return 1;
            case MiniPyLexer.CIRCUMFLEX: return 2;
            case MiniPyLexer.AMPER: return 3;
            case MiniPyLexer.LEFTSHIFT: case MiniPyLexer.RIGHTSHIFT: return 4;
            case MiniPyLexer.PLUS: case MiniPyLexer.MINUS: return 5;
            default: return 6;
        }
    }

    private static Operator binOp(int type) {
        switch (type) {
            case MiniPyLexer.VBAR: return Operator.BitOr;
            case MiniPyLexer.CIRCUMFLEX: return Operator.BitXor;
            case MiniPyLexer.AMPER: return Operator.BitAnd;
            case MiniPyLexer.LEFTSHIFT: return Operator.LShift;
            case MiniPyLexer.RIGHTSHIFT: return Operator.RShift;
            case MiniPyLexer.PLUS: return Operator.Add;
            case MiniPyLexer.MINUS: return Operator.Sub;
            case MiniPyLexer.STAR: return Operator.Mult;
            case MiniPyLexer.SLASH: return Operator.Div;
            case MiniPyLexer.PERCENT: return Operator.Mod;
            case MiniPyLexer.DOUBLESLASH: return Operator.FloorDiv;
            case MiniPyLexer.AT: return Operator.MatMult;
            default: throw new IllegalStateException("operator " + type);
        }
    }

    Expr expr(ExprContext c) {
        return c.getChildCount() == 1 ? factor((FactorContext) c.getChild(0)) : binary(c);
    }

    private Expr factor(FactorContext c) {
        if (c.getChildCount() == 1) {
            return power((PowerContext) c.getChild(0));
        }
        int t = c.getStart().getType();
        UnaryOperator op = t == MiniPyLexer.MINUS ? UnaryOperator.USub
                : t == MiniPyLexer.PLUS ? UnaryOperator.UAdd : UnaryOperator.Invert;
        return new Expr.UnaryOp(pos(c), op, factor(c.factor()));
    }

    private Expr power(PowerContext c) {
        if (c.getChildCount() == 1) {
            return atom((AtomContext) c.getChild(0));
        }
        Expr base = atomExpr(c);
        if (c.factor() == null) {
            return base;
        }
        Expr exp = factor(c.factor());
        return new Expr.BinOp(pos(c), base, Operator.Pow, exp);
    }

    /** The atom and its trailers (calls, subscripts, attributes). */
    private Expr atomExpr(PowerContext c) {
        Expr e = atom(c.atom());
        for (TrailerContext t : c.trailer()) {
            Pos p = pos(c.getStart(), t.getStop());
            switch (t.getStart().getType()) {
                case MiniPyLexer.LPAR: {
                    List<Expr> args = new ArrayList<>();
                    List<Keyword> keywords = new ArrayList<>();
                    if (t.arglist() != null) {
                        arglist(t.arglist(), args, keywords, true);
                        if (args.size() == 1 && keywords.isEmpty() && args.get(0) instanceof Expr.GeneratorExp g
                                && t.arglist().argument().size() == 1 && t.arglist().COMMA().isEmpty()
                                && t.arglist().argument(0).comp_for() != null) {
                            // A lone generator argument without its own parentheses takes the call's.
                            args.set(0, new Expr.GeneratorExp(span(t.getStart(), p), g.elt(), g.generators()));
                        }
                    }
                    e = new Expr.Call(p, e, List.copyOf(args), List.copyOf(keywords));
                    break;
                }
                case MiniPyLexer.LSQB:
                    e = new Expr.Subscript(p, e, subscripts(t.subscripts()), LOAD);
                    break;
                default:
                    e = new Expr.Attribute(p, e, t.NAME().getText(), LOAD);
            }
        }
        return e;
    }

    private void arglist(ArglistContext c, List<Expr> args, List<Keyword> keywords, boolean call) {
        // CPython reports argument-order errors at the token after the arguments.
        Pos afterPos = pos(c.getParent().getStop());
        boolean seenKeyword = false;
        boolean seenDoubleStar = false;
        List<ArgumentContext> all = c.argument();
        for (ArgumentContext a : all) {
            int first = a.getStart().getType();
            Pos p = pos(a);
            if (first == MiniPyLexer.STAR && a.namedexpr_test() == null) {
                if (seenDoubleStar) {
                    throw error(pos(a.getStart()), "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(new Expr.Starred(p, test(a.test()), LOAD));
            } else if (first == MiniPyLexer.DOUBLESTAR && a.namedexpr_test() == null) {
                seenDoubleStar = true;
                keywords.add(new Keyword(p, null, test(a.test())));
            } else if (a.EQUAL() != null) {
                Expr target = namedexpr(a.namedexpr_test());
                if (!(target instanceof Expr.Name n) || a.namedexpr_test().COLONEQUAL() != null) {
                    throw error(span(target.pos(), a.EQUAL().getSymbol()),
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                seenKeyword = true;
                keywords.add(new Keyword(p, n.id(), test(a.test())));
            } else {
                Expr value;
                if (a.comp_for() != null) {
                    value = new Expr.GeneratorExp(p, namedexpr(a.namedexpr_test()), compFor(a.comp_for()));
                    if (all.size() > 1) {
                        throw error(p, "Generator expression must be parenthesized");
                    }
                } else {
                    value = namedexpr(a.namedexpr_test());
                }
                if (seenDoubleStar) {
                    throw error(afterPos, "positional argument follows keyword argument unpacking");
                }
                if (seenKeyword) {
                    throw error(afterPos, "positional argument follows keyword argument");
                }
                args.add(value);
            }
        }
    }

    private Expr subscripts(SubscriptsContext c) {
        List<SubscriptContext> items = c.subscript();
        if (items.size() == 1 && c.COMMA().isEmpty() && items.get(0).star_expr() == null) {
            return subscript(items.get(0));
        }
        // a[*b] is a one-element tuple, as in CPython 3.11 (PEP 646)
        List<Expr> elts = new ArrayList<>(items.size());
        for (SubscriptContext s : items) {
            elts.add(subscript(s));
        }
        return new Expr.Tuple(pos(c), List.copyOf(elts), LOAD);
    }

    private Expr subscript(SubscriptContext c) {
        if (c.star_expr() != null) {
            return starExpr(c.star_expr());
        }
        if (c.COLON() == null) {
            return namedexpr(c.namedexpr_test());
        }
        Expr lower = c.namedexpr_test() == null ? null : namedexpr(c.namedexpr_test());
        Expr upper = c.test() == null ? null : test(c.test());
        Expr step = c.slice_step() == null || c.slice_step().test() == null ? null : test(c.slice_step().test());
        return new Expr.Slice(pos(c), lower, upper, step);
    }

    private List<Comprehension> compFor(Comp_forContext c) {
        List<Comprehension> out = new ArrayList<>();
        for (Comp_clauseContext cl : c.comp_clause()) {
            Expr target = Targets.store(exprlist(cl.exprlist()), src);
            List<Or_testContext> ors = cl.or_test();
            Expr iter = orTest(ors.get(0));
            List<Expr> ifs = new ArrayList<>();
            for (int i = 1; i < ors.size(); i++) {
                ifs.add(orTest(ors.get(i)));
            }
            out.add(new Comprehension(target, iter, List.copyOf(ifs)));
        }
        return List.copyOf(out);
    }

    private Expr yieldExpr(Yield_exprContext c) {
        if (c.FROM() != null) {
            return new Expr.YieldFrom(pos(c), test(c.test()));
        }
        return new Expr.Yield(pos(c), c.star_expressions() == null ? null : starExpressions(c.star_expressions()));
    }

    private Expr starNamed(Star_namedContext c) {
        return c.star_expr() != null ? starExpr(c.star_expr()) : namedexpr(c.namedexpr_test());
    }

    private Expr atom(AtomContext c) {
        Pos p = pos(c);
        switch (c.getStart().getType()) {
            case MiniPyLexer.NAME:
                return new Expr.Name(p, c.getStart().getText(), LOAD);
            case MiniPyLexer.NUMBER:
                return number(c.getStart());
            case MiniPyLexer.STRING: {
                List<Token> toks = new ArrayList<>();
                for (TerminalNode n : c.STRING()) {
                    toks.add(n.getSymbol());
                }
                return StringLiterals.build(toks, p, src, fstringParser);
            }
            case MiniPyLexer.LPAR:
                return parenAtom(c);
            case MiniPyLexer.LSQB: {
                Testlist_compContext tc = c.testlist_comp();
                if (tc == null) {
                    return new Expr.List_(p, List.of(), LOAD);
                }
                if (tc.comp_for() != null) {
                    return new Expr.ListComp(p, starNamed(tc.star_named(0)), compFor(tc.comp_for()));
                }
                return new Expr.List_(p, starNamedList(tc.star_named()), LOAD);
            }
            case MiniPyLexer.LBRACE:
                return braceAtom(c);
            case MiniPyLexer.NONE:
                return new Expr.Constant(p, Expr.Constant.NONE, null);
            case MiniPyLexer.TRUE:
                return new Expr.Constant(p, Boolean.TRUE, null);
            case MiniPyLexer.FALSE:
                return new Expr.Constant(p, Boolean.FALSE, null);
            case MiniPyLexer.ELLIPSIS:
                return new Expr.Constant(p, Expr.Constant.ELLIPSIS, null);
            default:
                // IMAG_NUMBER
                throw src.parserError("SyntaxError", "complex numbers are not supported by minipy",
                        p.line(), p.col() + 1, p.endLine(), p.endCol() + 1);
        }
    }

    private List<Expr> starNamedList(List<Star_namedContext> items) {
        List<Expr> out = new ArrayList<>(items.size());
        for (Star_namedContext s : items) {
            out.add(starNamed(s));
        }
        return List.copyOf(out);
    }

    private Expr number(Token t) {
        String text = t.getText();
        Object value = Literals.isFloat(text) ? (Object) Literals.parseFloat(text) : (Object) Literals.parseInt(text);
        return new Expr.Constant(pos(t), value, null);
    }

    private Expr parenAtom(AtomContext c) {
        Pos p = pos(c);
        if (c.yield_expr() != null) {
            return yieldExpr(c.yield_expr());
        }
        Testlist_compContext tc = c.testlist_comp();
        if (tc == null) {
            return new Expr.Tuple(p, List.of(), LOAD);
        }
        if (tc.comp_for() != null) {
            return new Expr.GeneratorExp(p, starNamed(tc.star_named(0)), compFor(tc.comp_for()));
        }
        if (tc.star_named().size() == 1 && tc.COMMA().isEmpty()) {
            Expr e = starNamed(tc.star_named(0));
            if (e instanceof Expr.Starred) {
                throw error(e.pos(), "cannot use starred expression here");
            }
            return e;
        }
        return new Expr.Tuple(p, starNamedList(tc.star_named()), LOAD);
    }

    private Expr braceAtom(AtomContext c) {
        Pos p = pos(c);
        DictorsetmakerContext d = c.dictorsetmaker();
        if (d == null) {
            return new Expr.Dict(p, List.of(), List.of());
        }
        int first0 = d.getStart().getType();
        if (first0 == MiniPyLexer.STAR) {
            List<Expr> elts = new ArrayList<>();
            elts.add(starExpr(d.star_expr()));
            elts.addAll(starNamedList(d.star_named()));
            return new Expr.Set(p, List.copyOf(elts));
        }
        if (first0 == MiniPyLexer.DOUBLESTAR) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(null);
            values.add(expr(d.expr()));
            dictItems(d.dict_item(), keys, values);
            return new Expr.Dict(p, java.util.Collections.unmodifiableList(keys), List.copyOf(values));
        }
        DictorsetmakerContext f = d;
        Expr first = namedexpr(f.namedexpr_test());
        if (f.COLON() != null) {
            Expr v = test(f.test());
            if (f.comp_for() != null) {
                return new Expr.DictComp(p, first, v, compFor(f.comp_for()));
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(first);
            values.add(v);
            dictItems(f.dict_item(), keys, values);
            return new Expr.Dict(p, java.util.Collections.unmodifiableList(keys), List.copyOf(values));
        }
        if (f.comp_for() != null) {
            return new Expr.SetComp(p, first, compFor(f.comp_for()));
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        elts.addAll(starNamedList(f.star_named()));
        return new Expr.Set(p, List.copyOf(elts));
    }

    private void dictItems(List<Dict_itemContext> items, List<Expr> keys, List<Expr> values) {
        for (Dict_itemContext di : items) {
            if (di.expr() != null) {
                keys.add(null);
                values.add(expr(di.expr()));
            } else {
                keys.add(test(di.test(0)));
                values.add(test(di.test(1)));
            }
        }
    }
}
