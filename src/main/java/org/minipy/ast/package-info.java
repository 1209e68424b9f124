/**
 * The abstract syntax tree: small immutable records, each with its {@link org.minipy.ast.Pos}.
 * Shapes and names mirror CPython 3.11's {@code ast} module. Depends on nothing else in minipy;
 * built by {@code parse}, read by {@code compile}.
 */
package org.minipy.ast;
