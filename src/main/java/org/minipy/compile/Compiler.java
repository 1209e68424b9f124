package org.minipy.compile;

import org.minipy.ast.Mod;
import org.minipy.code.Code;
import org.minipy.code.Opcode;

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
        Compiler c = new Compiler(SymbolTable.build(m, filename), filename);
        c.enterScope(Unit.Kind.MODULE, c.st.top, "<module>", 1);
        c.body(m.body());
        return c.assembleUnit(true);
    }

    /** 'eval' mode: returns the value of the expression. */
    public static Code compileExpression(Mod.Expression e, String filename) {
        Compiler c = new Compiler(SymbolTable.build(e, filename), filename);
        c.enterScope(Unit.Kind.MODULE, c.st.top, "<module>", 1);
        c.visitExpr(e.body());
        c.emit(Opcode.RETURN_VALUE);
        return c.assembleUnit(false);
    }

    /** 'single' mode (the REPL): expression statements print their value with PRINT_EXPR. */
    public static Code compileInteractive(Mod.Interactive m, String filename) {
        Compiler c = new Compiler(SymbolTable.build(m, filename), filename);
        c.interactive = true;
        c.enterScope(Unit.Kind.MODULE, c.st.top, "<module>", 1);
        if (findAnn(m.body())) {
            c.emit(Opcode.SETUP_ANNOTATIONS);
        }
        c.visitStmts(m.body());
        return c.assembleUnit(true);
    }
}
