package org.minipy.objects;

/**
 * Binary operator codes, the argument of CPython 3.11's {@code BINARY_OP}: 0..12 are the plain
 * operators, {@code INPLACE + n} their augmented forms.
 */
public final class BinaryOps {
    public static final int ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4,
            MULTIPLY = 5, REMAINDER = 6, OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10,
            TRUE_DIVIDE = 11, XOR = 12;
    /** Added to an operator code for its in-place form ({@code +=} is 13). */
    public static final int INPLACE = 13;

    private static final String[] SYMBOLS =
            {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    private static final String[] NAMES =
            {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift",
             "sub", "truediv", "xor"};

    // Precomputed so that dispatch (Abstract.binaryOp) allocates no strings.
    private static final String[] DUNDERS = new String[NAMES.length];
    private static final String[] RDUNDERS = new String[NAMES.length];
    private static final String[] IDUNDERS = new String[NAMES.length];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            DUNDERS[i] = "__" + NAMES[i] + "__";
            RDUNDERS[i] = "__r" + NAMES[i] + "__";
            IDUNDERS[i] = "__i" + NAMES[i] + "__";
        }
    }

    private BinaryOps() {
    }

    /** The operator's symbol, e.g. "+" or "+=" for an in-place code. */
    public static String symbol(int op) {
        return op >= INPLACE ? SYMBOLS[op - INPLACE] + "=" : SYMBOLS[op];
    }

    /** {@code __add__} for ADD (or INPLACE_ADD's base operator). */
    public static String dunder(int op) {
        return DUNDERS[op % INPLACE];
    }

    public static String reflectedDunder(int op) {
        return RDUNDERS[op % INPLACE];
    }

    public static String inplaceDunder(int op) {
        return IDUNDERS[op % INPLACE];
    }
}
