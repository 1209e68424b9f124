package org.minipy.ast;

/** {@code contextExpr as optionalVars}; optionalVars may be {@code null}. */
public record WithItem(Expr contextExpr, Expr optionalVars) {}
