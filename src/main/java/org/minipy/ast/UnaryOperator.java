package org.minipy.ast;

/** Unary operators, named as in CPython's {@code ast} module. */
public enum UnaryOperator {
    Invert("~"), Not("not "), UAdd("+"), USub("-");

    public final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }
}
