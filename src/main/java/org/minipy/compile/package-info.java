/**
 * AST to code objects, as CPython 3.11's compiler: {@link org.minipy.compile.SymbolTable} decides
 * every name's scope; {@link org.minipy.compile.Compiler} (with its parts BaseCompiler,
 * ExprCompiler, StmtCompiler, ConstFolder, PercentFormat) emits instructions into a control-flow
 * graph of basic blocks, with pseudo-instructions for direction-free jumps and try/with blocks;
 * {@link org.minipy.compile.Assembler} optimises the graph, computes stack depth, the exception
 * table, jump offsets and the line table, and builds the {@link org.minipy.code.Code}.
 * Depends on {@code ast}, {@code code}, {@code objects} (constants) and, for its entry point and
 * SyntaxError, {@code parse}.
 */
package org.minipy.compile;
