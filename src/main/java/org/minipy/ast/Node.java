package org.minipy.ast;

/** Every AST node knows where it came from, so positions can travel on to the compiler. */
public interface Node {
    Pos pos();
}
