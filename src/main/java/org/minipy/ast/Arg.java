package org.minipy.ast;

/** One parameter; annotation may be {@code null}. */
public record Arg(Pos pos, String arg, Expr annotation) implements Node {}
