package org.minipy.objects;

/** Rich comparison operators, numbered as CPython's {@code COMPARE_OP} argument (Py_LT ...). */
public enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"),
    GT(">", "__gt__"), GE(">=", "__ge__");

    private static final CompareOp[] VALUES = values();

    public final String symbol;
    public final String dunder;

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    public static CompareOp of(int arg) {
        return VALUES[arg];
    }

    /** The operator with the operands exchanged: {@code a < b} is {@code b > a}. */
    public CompareOp swapped() {
        switch (this) {
            case LT: return GT;
            case LE: return GE;
            case GT: return LT;
            case GE: return LE;
            default: return this;
        }
    }

    /** The comparison outcome for {@code cmp(a, b)} given as negative, zero or positive. */
    public boolean test(int cmp) {
        switch (this) {
            case LT: return cmp < 0;
            case LE: return cmp <= 0;
            case EQ: return cmp == 0;
            case NE: return cmp != 0;
            case GT: return cmp > 0;
            default: return cmp >= 0;
        }
    }
}
