/**
 * The front end: source text to AST. {@link org.minipy.parse.Parser} is the entry point;
 * the ANTLR grammar lives in {@code grammar/} (generated classes in {@code org.minipy.parse.antlr}),
 * {@link org.minipy.parse.IndentingTokenSource} decides NEWLINE/INDENT/DEDENT, AstBuilder builds
 * {@code org.minipy.ast} records, and errors are {@link org.minipy.parse.PySyntaxError} with
 * CPython 3.11's messages and positions. Depends only on {@code org.minipy.ast} and ANTLR; the
 * only package that imports ANTLR.
 */
package org.minipy.parse;
