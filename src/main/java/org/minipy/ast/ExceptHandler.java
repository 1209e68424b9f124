package org.minipy.ast;

import java.util.List;

/** {@code except type as name:}; type and name may be {@code null}. */
public record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) implements Node {}
