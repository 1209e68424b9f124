package org.minipy.ast;

/** {@code arg=value} in a call or class header; arg is {@code null} for {@code **value}. */
public record Keyword(Pos pos, String arg, Expr value) implements Node {}
