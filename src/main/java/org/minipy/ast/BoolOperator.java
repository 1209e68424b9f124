package org.minipy.ast;

/** {@code and} / {@code or}. */
public enum BoolOperator {
    And, Or
}
