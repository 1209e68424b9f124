package org.minipy.ast;

/** Comparison operators, named as in CPython's {@code ast} module. */
public enum CmpOp {
    Eq("=="), NotEq("!="), Lt("<"), LtE("<="), Gt(">"), GtE(">="), Is("is"), IsNot("is not"),
    In("in"), NotIn("not in");

    public final String symbol;

    CmpOp(String symbol) {
        this.symbol = symbol;
    }
}
