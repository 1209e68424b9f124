package org.minipy.ast;

import java.util.List;

/**
 * Statement nodes, named and shaped as in CPython 3.11's {@code ast} module (the expression
 * statement is {@link ExprStmt}, as Java would otherwise clash with {@link Expr}).
 */
public sealed interface Stmt extends Node {

    /** returns is the return annotation or {@code null}. */
    record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body,
                       List<Expr> decoratorList, Expr returns) implements Stmt {}

    record ClassDef(Pos pos, String name, List<Expr> bases, List<Keyword> keywords,
                    List<Stmt> body, List<Expr> decoratorList) implements Stmt {}

    /** value may be {@code null}. */
    record Return(Pos pos, Expr value) implements Stmt {}

    record Delete(Pos pos, List<Expr> targets) implements Stmt {}

    /** {@code t1 = t2 = value}: targets in source order. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}

    record AugAssign(Pos pos, Expr target, Operator op, Expr value) implements Stmt {}

    /** {@code target: annotation = value}; value may be {@code null}; simple is true for a plain name. */
    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {}

    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    /** elif chains are nested Ifs in orelse, as in CPython. */
    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record With(Pos pos, List<WithItem> items, List<Stmt> body) implements Stmt {}

    /** {@code raise exc from cause}; both may be {@code null}. */
    record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {}

    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
               List<Stmt> finalbody) implements Stmt {}

    record Assert(Pos pos, Expr test, Expr msg) implements Stmt {}

    record Import(Pos pos, List<Alias> names) implements Stmt {}

    /** {@code from ..module import names}: module may be {@code null}; level counts the dots. */
    record ImportFrom(Pos pos, String module, List<Alias> names, int level) implements Stmt {}

    record Global(Pos pos, List<String> names) implements Stmt {}

    record Nonlocal(Pos pos, List<String> names) implements Stmt {}

    /** An expression used as a statement. */
    record ExprStmt(Pos pos, Expr value) implements Stmt {}

    record Pass(Pos pos) implements Stmt {}

    record Break(Pos pos) implements Stmt {}

    record Continue(Pos pos) implements Stmt {}
}
