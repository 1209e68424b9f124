package org.minipy.compile;

import org.minipy.parse.WarningSink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.minipy.ast.ExprContext;
import org.minipy.ast.Node;
import org.minipy.ast.Pos;
import org.minipy.parse.PySyntaxError;
import org.minipy.code.Code;
import org.minipy.code.Opcode;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;

/**
 * What every part of the compiler shares: the stack of {@link Unit}s (one per code object being
 * built), emitting instructions into the current block with the current line, constants and
 * names, name resolution (cf. compiler_nameop), entering and leaving scopes, and errors.
 */
abstract class BaseCompiler {
    protected final String filename;
    protected final SymbolTable st;
    protected Unit u;
    private final Deque<Unit> stack = new ArrayDeque<>();
    /** 'single' mode: expression statements at top level print their value. */
    protected boolean interactive;
    /** The node being compiled, for error locations. */
    protected Node at;
    /** Maps AST columns to UTF-8 byte offsets for instruction positions. */
    protected SourceColumns columns = SourceColumns.NONE;
    /** Where SyntaxWarnings go. */
    protected WarningSink warnings = WarningSink.NONE;

    protected BaseCompiler(SymbolTable st, String filename) {
        this.st = st;
        this.filename = filename;
    }

    // ---- errors -------------------------------------------------------------------------------

    protected PySyntaxError error(String msg) {
        return error(msg, at);
    }

    protected PySyntaxError error(String msg, Node node) {
        Pos p = node == null ? Pos.NONE : node.pos();
        return new PySyntaxError("SyntaxError", msg, filename, p.line(), p.col() + 1, p.endLine(), p.endCol() + 1, null);
    }

    // ---- emitting -----------------------------------------------------------------------------

    protected Block newBlock() {
        return u.newBlock();
    }

    protected void useNextBlock(Block b) {
        u.cur.next = b;
        u.cur = b;
    }

    /** A jump or return ends a basic block: code after it starts a new (maybe dead) one. */
    private Block blockForNext() {
        Instr last = u.cur.last();
        if (last != null && (last.isJump() || Pseudo.isScopeExit(last.opcode))) {
            useNextBlock(newBlock());
        }
        return u.cur;
    }

    protected void emit(int op) {
        emit(op, 0);
    }

    protected void emit(int op, int arg) {
        blockForNext().instrs.add(new Instr(op, arg, null, u.line, u.endLine, u.col, u.endCol));
    }

    protected void emitNoLine(int op, int arg) {
        blockForNext().instrs.add(Instr.noLocation(op, arg, null));
    }

    protected void emitJump(int op, Block target) {
        blockForNext().instrs.add(new Instr(op, 0, target, u.line, u.endLine, u.col, u.endCol));
    }

    protected void emitJumpNoLine(int op, Block target) {
        blockForNext().instrs.add(Instr.noLocation(op, 0, target));
    }

    /** Starts a fresh block after a return/raise/jump (cf. NEXT_BLOCK). */
    protected void nextBlock() {
        useNextBlock(newBlock());
    }

    protected void loadConst(PyObject v) {
        emit(Opcode.LOAD_CONST, u.addConst(v));
    }

    protected void loadNone() {
        loadConst(PyNone.None);
    }

    protected String mangle(String name) {
        return SymbolTable.mangle(u.privateName, name);
    }

    /** An instruction whose argument is an index into co_names (mangled, cf. ADDOP_NAME). */
    protected void emitName(int op, String name) {
        emit(op, Unit.indexOf(u.names, mangle(name)));
    }

    /** cf. SET_LOC: instructions emitted from now on get n's position. */
    protected void setLine(Node n) {
        Pos p = n.pos();
        u.line = p.line();
        u.endLine = p.endLine();
        u.col = columns.byteOffset(p.line(), p.col());
        u.endCol = columns.byteOffset(p.endLine(), p.endCol());
    }

    /**
     * cf. update_start_location_to_match_attr: an instruction of an attribute written over
     * several lines starts where the attribute's name does (CPython mixes the end byte column
     * with the name's length in characters; so do we).
     */
    protected void matchAttrStart(org.minipy.ast.Expr.Attribute a) {
        Pos p = a.pos();
        if (u.line != p.endLine()) {
            u.line = p.endLine();
            int len = a.attr().codePointCount(0, a.attr().length());
            int end = columns.byteOffset(p.endLine(), p.endCol());
            if (len <= end) {
                u.col = end - len;
            } else {
                u.col = -1;
                u.endCol = -1;
            }
        }
    }

    /** cf. UNSET_LOC: instructions emitted from now on are artificial. */
    protected void unsetLine() {
        u.line = -1;
        u.endLine = -1;
        u.col = -1;
        u.endCol = -1;
    }

    // ---- names (cf. compiler_nameop) ----------------------------------------------------------

    private enum OpType { FAST, GLOBAL, DEREF, NAME }

    protected void nameOp(String name, ExprContext ctx) {
        String mangled = mangle(name);
        Scope.NameScope scope = u.ste.scopeOf(mangled);
        OpType type = OpType.NAME;
        int arg = 0;
        if (scope == Scope.NameScope.FREE) {
            type = OpType.DEREF;
            arg = u.cellvars.size() + u.freevars.indexOf(mangled);
        } else if (scope == Scope.NameScope.CELL) {
            type = OpType.DEREF;
            arg = u.cellvars.indexOf(mangled);
        } else if (scope == Scope.NameScope.LOCAL) {
            if (u.ste.isFunction()) {
                type = OpType.FAST;
            }
        } else if (scope == Scope.NameScope.GLOBAL_IMPLICIT) {
            if (u.ste.isFunction()) {
                type = OpType.GLOBAL;
            }
        } else if (scope == Scope.NameScope.GLOBAL_EXPLICIT) {
            type = OpType.GLOBAL;
        }
        if (type == OpType.DEREF && arg < 0) {
            throw new IllegalStateException("no cell for " + mangled + " in " + u.qualname);
        }
        switch (type) {
            case DEREF:
                emit(ctx == ExprContext.Load ? (u.ste.kind == Scope.Kind.CLASS ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF)
                        : ctx == ExprContext.Store ? Opcode.STORE_DEREF : Opcode.DELETE_DEREF, arg);
                return;
            case FAST:
                emit(ctx == ExprContext.Load ? Opcode.LOAD_FAST
                        : ctx == ExprContext.Store ? Opcode.STORE_FAST : Opcode.DELETE_FAST,
                        Unit.indexOf(u.varnames, mangled));
                return;
            case GLOBAL: {
                int idx = Unit.indexOf(u.names, mangled);
                if (ctx == ExprContext.Load) {
                    emit(Opcode.LOAD_GLOBAL, idx << 1);
                } else {
                    emit(ctx == ExprContext.Store ? Opcode.STORE_GLOBAL : Opcode.DELETE_GLOBAL, idx);
                }
                return;
            }
            default:
                emit(ctx == ExprContext.Load ? Opcode.LOAD_NAME
                        : ctx == ExprContext.Store ? Opcode.STORE_NAME : Opcode.DELETE_NAME,
                        Unit.indexOf(u.names, mangled));
        }
    }

    // ---- scopes -------------------------------------------------------------------------------

    private static List<String> sortedNames(Scope ste, Scope.NameScope scope, int flag) {
        List<String> l = new ArrayList<>();
        for (Map.Entry<String, Scope.NameScope> e : ste.scopes.entrySet()) {
            if (e.getValue() == scope || (flag != 0 && (ste.flags(e.getKey()) & flag) != 0)) {
                l.add(e.getKey());
            }
        }
        Collections.sort(l);
        return l;
    }

    /** cf. compiler_enter_scope + compiler_set_qualname. */
    protected void enterScope(Unit.Kind kind, Scope ste, String name, int firstlineno) {
        String qualname = name;
        String privateName = u == null ? null : u.privateName;
        if (u != null && u.kind != Unit.Kind.MODULE) {
            boolean forceGlobal = false;
            if (kind == Unit.Kind.FUNCTION || kind == Unit.Kind.CLASS) {
                forceGlobal = u.ste.scopeOf(SymbolTable.mangle(u.privateName, name))
                        == Scope.NameScope.GLOBAL_EXPLICIT;
            }
            if (!forceGlobal) {
                boolean function = u.kind == Unit.Kind.FUNCTION || u.kind == Unit.Kind.LAMBDA;
                qualname = u.qualname + (function ? ".<locals>." : ".") + name;
            }
        }
        if (u != null) {
            stack.push(u);
        }
        u = new Unit(kind, ste, name, qualname, firstlineno, privateName);
        u.cellvars.addAll(sortedNames(ste, Scope.NameScope.CELL, 0));
        if (ste.needsClassClosure) {
            u.cellvars.add("__class__");
        }
        u.freevars.addAll(sortedNames(ste, Scope.NameScope.FREE, Scope.DEF_FREE_CLASS));
        u.line = kind == Unit.Kind.MODULE ? 0 : firstlineno;
        u.endLine = firstlineno;
        u.col = 0;
        u.endCol = 0;
        emit(Opcode.RESUME, 0);
    }

    protected void exitScope() {
        u = stack.isEmpty() ? null : stack.pop();
    }

    protected int codeFlags() {
        Scope ste = u.ste;
        int flags = 0;
        if (ste.isFunction()) {
            flags |= Code.CO_NEWLOCALS | Code.CO_OPTIMIZED;
            if (ste.nested) {
                flags |= Code.CO_NESTED;
            }
            if (ste.generator) {
                flags |= Code.CO_GENERATOR;
            }
            if (ste.varargs) {
                flags |= Code.CO_VARARGS;
            }
            if (ste.varkeywords) {
                flags |= Code.CO_VARKEYWORDS;
            }
        }
        return flags;
    }

    /** cf. assemble(c, addNone): the code object of the current unit. */
    protected Code assembleUnit(boolean addNone) {
        Instr last = u.cur.last();
        if (last == null || last.opcode != Opcode.RETURN_VALUE) {
            unsetLine();
            if (addNone) {
                loadNone();
            }
            emit(Opcode.RETURN_VALUE);
        }
        return Assembler.assemble(u, filename, codeFlags());
    }

    /** The reference (cell index, or free index after the cells) of a variable of the current unit. */
    private int closureRef(String name) {
        if (u.ste.kind == Scope.Kind.CLASS && name.equals("__class__")) {
            return u.cellvars.indexOf(name);
        }
        Scope.NameScope scope = u.ste.scopeOf(name);
        if (scope == Scope.NameScope.CELL) {
            return u.cellvars.indexOf(name);
        }
        int j = u.freevars.indexOf(name);
        if (j < 0) {
            throw new IllegalStateException("lookup of " + name + " in " + u.qualname + " failed");
        }
        return u.cellvars.size() + j;
    }

    /** cf. compiler_make_closure: [closure tuple] code MAKE_FUNCTION flags. */
    protected void makeClosure(Code co, int flags) {
        if (co.co_freevars.length > 0) {
            for (String name : co.co_freevars) {
                emit(Opcode.LOAD_CLOSURE, closureRef(name));
            }
            emit(Opcode.BUILD_TUPLE, co.co_freevars.length);
            flags |= 0x08;
        }
        loadConst(co);
        emit(Opcode.MAKE_FUNCTION, flags);
    }
}
