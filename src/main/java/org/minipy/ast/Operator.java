package org.minipy.ast;

/** Binary operators, named as in CPython's {@code ast} module. */
public enum Operator {
    Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"),
    LShift("<<"), RShift(">>"), BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");

    public final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }
}
