package org.minipy.compile;

import org.minipy.parse.WarningSink;
import org.minipy.ast.Mod;
import org.minipy.code.Code;
import org.minipy.code.Opcode;
import org.minipy.parse.Parser;
import org.minipy.parse.PySyntaxError;

/**
 * The compiler's entry points: AST in, {@link Code} out, as CPython 3.11's compile() in its three
 * modes. The work is split by what is compiled: {@link BaseCompiler} (units, names, scopes),
 * {@link ExprCompiler} (expressions), {@link StmtCompiler} (statements); the {@link Assembler}
 * builds the code object; the {@link SymbolTable} decides every name's scope first.
 */
public final class Compiler extends StmtCompiler {
    private Compiler(SymbolTable st, String filename) {
        super(st, filename);
    }

    /** 'exec' mode: a module body. */
    public static Code compileModule(Mod.Module m, String filename) {
        return compileModule(m, filename, SourceColumns.NONE, WarningSink.NONE);
    }

    static Code compileModule(Mod.Module m, String filename, SourceColumns columns, WarningSink warnings) {
        Compiler c = new Compiler(SymbolTable.build(m, filename), filename);
        c.columns = columns;
        c.warnings = warnings;
        c.enterScope(Unit.Kind.MODULE, c.st.top, "<module>", 1);
        c.body(m.body());
        return c.assembleUnit(true);
    }

    /** 'eval' mode: returns the value of the expression. */
    public static Code compileExpression(Mod.Expression e, String filename) {
        return compileExpression(e, filename, SourceColumns.NONE, WarningSink.NONE);
    }

    static Code compileExpression(Mod.Expression e, String filename, SourceColumns columns, WarningSink warnings) {
        Compiler c = new Compiler(SymbolTable.build(e, filename), filename);
        c.columns = columns;
        c.warnings = warnings;
        c.enterScope(Unit.Kind.MODULE, c.st.top, "<module>", 1);
        c.visitExpr(e.body());
        return c.assembleUnit(false);
    }

    /** 'single' mode (the REPL): expression statements print their value with PRINT_EXPR. */
    public static Code compileInteractive(Mod.Interactive m, String filename) {
        return compileInteractive(m, filename, SourceColumns.NONE, WarningSink.NONE);
    }

    static Code compileInteractive(Mod.Interactive m, String filename, SourceColumns columns,
                                   WarningSink warnings) {
        Compiler c = new Compiler(SymbolTable.build(m, filename), filename);
        c.columns = columns;
        c.warnings = warnings;
        c.interactive = true;
        c.enterScope(Unit.Kind.MODULE, c.st.top, "<module>", 1);
        if (!m.body().isEmpty()) {
            c.setLine(m.body().get(0));
        }
        if (findAnn(m.body())) {
            c.emit(Opcode.SETUP_ANNOTATIONS);
        }
        c.visitStmts(m.body());
        return c.assembleUnit(true);
    }

    /**
     * Parses and compiles source as the builtin compile() does; mode is "exec", "eval" or
     * "single". Errors are {@link PySyntaxError}s carrying CPython's message and location.
     */
    public static Code compile(String source, String filename, String mode) {
        return compile(source, filename, mode, WarningSink.NONE);
    }

    /** As {@link #compile(String, String, String)}, reporting SyntaxWarnings to {@code warnings}. */
    public static Code compile(String source, String filename, String mode, WarningSink warnings) {
        return compile(source, filename, mode, warnings, false);
    }

    /**
     * As {@link #compile(String, String, String, WarningSink)}; {@code file} for a file's text,
     * whose parser errors CPython reports at UTF-8 byte offsets.
     */
    public static Code compile(String source, String filename, String mode, WarningSink warnings, boolean file) {
        SourceColumns columns = SourceColumns.of(source);
        try {
            switch (mode) {
                case "exec":
                    return compileModule(Parser.parseModule(source, filename, warnings, file), filename, columns,
                            warnings);
                case "eval":
                    return compileExpression(Parser.parseExpression(source, filename, warnings), filename, columns,
                            warnings);
                case "single":
                    return compileInteractive(Parser.parseInteractive(source, filename, warnings), filename, columns,
                            warnings);
                default:
                    throw new IllegalArgumentException("compile() mode must be 'exec', 'eval' or 'single'");
            }
        } catch (PySyntaxError e) {
            if (e.text != null || e.lineno <= 0) {
                throw e;
            }
            // Errors found after parsing carry no source text: add the line, as CPython does. Their
            // columns come from the AST, which in CPython counts UTF-8 bytes.
            String[] lines = source.split("\r\n|\r|\n", -1);
            String text = e.lineno <= lines.length ? lines[e.lineno - 1] + "\n" : null;
            int offset = e.offset < 1 ? e.offset : columns.byteOffset(e.lineno, e.offset - 1) + 1;
            int endOffset = e.endOffset < 1 ? e.endOffset : columns.byteOffset(e.endLineno, e.endOffset - 1) + 1;
            throw new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, offset, e.endLineno, endOffset, text);
        }
    }
}
