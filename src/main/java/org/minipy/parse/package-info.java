/**
 * The front end: source text to AST. {@link org.minipy.parse.Parser} is the entry point;
 * the ANTLR grammar lives in {@code grammar/} (generated classes in {@code org.minipy.parse.antlr}),
 * Tokenizer produces the lexer grammar's tokens by hand (it starts much faster than the generated
 * lexer, which stays as its specification and test oracle),
 * {@link org.minipy.parse.IndentingTokenSource} decides NEWLINE/INDENT/DEDENT, AstBuilder builds
 * {@code org.minipy.ast} records, and errors are {@link org.minipy.parse.PySyntaxError} with
 * CPython 3.11's messages and positions. Depends only on {@code org.minipy.ast} and ANTLR; the
 * only package that imports ANTLR. Start-up matters (every script is parsed in a fresh JVM):
 * no lambdas, streams or string concatenation with '+' on the normal parse path (each bootstraps
 * invokedynamic machinery, tens of milliseconds in a fresh JVM); measure with ColdParseMain
 * (src/test).
 */
package org.minipy.parse;
