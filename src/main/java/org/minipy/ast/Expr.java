package org.minipy.ast;

import java.util.List;

/**
 * Expression nodes. Names and fields follow CPython 3.11's {@code ast} module, so that
 * {@code python3 -c "import ast; print(ast.dump(ast.parse(src)))"} is a reference for the tree
 * the parser must build. Optional children are {@code null}; lists are never {@code null}
 * (empty instead) and are immutable.
 */
public sealed interface Expr extends Node {

    /** {@code a and b and c}: {@code values} holds two or more operands. */
    record BoolOp(Pos pos, BoolOperator op, List<Expr> values) implements Expr {}

    /** The walrus {@code target := value}; target is a {@link Name}. */
    record NamedExpr(Pos pos, Expr target, Expr value) implements Expr {}

    record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {}

    record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {}

    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {}

    /** {@code body if test else orelse}. */
    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}

    /** A dict display; a {@code null} key means {@code **value}. */
    record Dict(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}

    record Set(Pos pos, List<Expr> elts) implements Expr {}

    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    /** {@code yield} or {@code yield value}; value may be {@code null}. */
    record Yield(Pos pos, Expr value) implements Expr {}

    record YieldFrom(Pos pos, Expr value) implements Expr {}

    /** {@code left op1 c1 op2 c2 ...}: a chained comparison. */
    record Compare(Pos pos, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {}

    /** A call; {@code *x} appears in args as {@link Starred}, {@code **x} as a keyword with null arg. */
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    /**
     * One {@code {...}} of an f-string. conversion is -1 (none), 's', 'r' or 'a';
     * formatSpec is a {@link JoinedStr} or {@code null}.
     */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {}

    /** An f-string: constants (str) and {@link FormattedValue}s. */
    record JoinedStr(Pos pos, List<Expr> values) implements Expr {}

    /**
     * A literal. value is one of: {@link java.math.BigInteger} (int; the parser always uses
     * BigInteger, the compiler narrows), {@link Double} (float), {@link String} (str),
     * {@link Bytes} (bytes), {@link Boolean}, or {@link Constant#NONE} / {@link Constant#ELLIPSIS}.
     * kind is "u" for a u-prefixed string, else {@code null}.
     */
    record Constant(Pos pos, Object value, String kind) implements Expr {
        /** The value {@code None}. */
        public static final Object NONE = new Object() {
            @Override
            public String toString() {
                return "None";
            }
        };
        /** The value {@code ...}. */
        public static final Object ELLIPSIS = new Object() {
            @Override
            public String toString() {
                return "Ellipsis";
            }
        };
    }

    /** Contents of a bytes literal, compared by value. */
    record Bytes(byte[] data) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && java.util.Arrays.equals(data, b.data);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(data);
        }
    }

    record Attribute(Pos pos, Expr value, String attr, ExprContext ctx) implements Expr {}

    /** {@code value[slice]}; slice is any expression, a {@link Slice}, or a {@link Tuple} of them. */
    record Subscript(Pos pos, Expr value, Expr slice, ExprContext ctx) implements Expr {}

    record Starred(Pos pos, Expr value, ExprContext ctx) implements Expr {}

    record Name(Pos pos, String id, ExprContext ctx) implements Expr {}

    record List_(Pos pos, List<Expr> elts, ExprContext ctx) implements Expr {}

    record Tuple(Pos pos, List<Expr> elts, ExprContext ctx) implements Expr {}

    /** {@code lower:upper:step} inside a subscript; each part may be {@code null}. */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}
}
