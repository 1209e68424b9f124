package org.minipy.ast;

import java.util.List;

/** The root of a parse: a module (file), an interactive statement (REPL), or an expression (eval). */
public sealed interface Mod {
    record Module(List<Stmt> body) implements Mod {}

    record Interactive(List<Stmt> body) implements Mod {}

    record Expression(Expr body) implements Mod {}
}
