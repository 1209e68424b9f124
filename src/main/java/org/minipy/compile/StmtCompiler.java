package org.minipy.compile;

import java.util.List;

import org.minipy.ast.Alias;
import org.minipy.ast.ExceptHandler;
import org.minipy.ast.Expr;
import org.minipy.ast.ExprContext;
import org.minipy.ast.Node;
import org.minipy.ast.Stmt;
import org.minipy.ast.WithItem;
import org.minipy.code.Code;
import org.minipy.code.Opcode;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;

/**
 * Statements: one visit method per node kind, the frame-block stack that return / break /
 * continue unwind (cf. compiler_unwind_fblock), and the exception-table shapes of try, with
 * and except clauses exactly as CPython 3.11 lays them out.
 */
abstract class StmtCompiler extends ExprCompiler {
    protected StmtCompiler(SymbolTable st, String filename) {
        super(st, filename);
    }

    protected void visitStmts(List<Stmt> body) {
        for (Stmt s : body) {
            visitStmt(s);
        }
    }

    protected void visitStmt(Stmt s) {
        setLine(s);
        at = s;
        if (s instanceof Stmt.FunctionDef f) {
            visitFunctionDef(f);
        } else if (s instanceof Stmt.ClassDef c) {
            visitClassDef(c);
        } else if (s instanceof Stmt.Return r) {
            visitReturn(r);
        } else if (s instanceof Stmt.Delete d) {
            visitExprs(d.targets());
        } else if (s instanceof Stmt.Assign a) {
            visitExpr(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) {
                    emit(Opcode.COPY, 1);
                }
                visitExpr(a.targets().get(i));
            }
        } else if (s instanceof Stmt.AugAssign a) {
            visitAugAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            visitAnnAssign(a);
        } else if (s instanceof Stmt.For f) {
            visitFor(f);
        } else if (s instanceof Stmt.While w) {
            visitWhile(w);
        } else if (s instanceof Stmt.If i) {
            visitIf(i);
        } else if (s instanceof Stmt.With w) {
            visitWith(w, 0);
        } else if (s instanceof Stmt.Raise r) {
            int n = 0;
            if (r.exc() != null) {
                visitExpr(r.exc());
                n++;
                if (r.cause() != null) {
                    visitExpr(r.cause());
                    n++;
                }
            }
            emit(Opcode.RAISE_VARARGS, n);
            nextBlock();
        } else if (s instanceof Stmt.Try t) {
            if (!t.finalbody().isEmpty()) {
                visitTryFinally(t);
            } else {
                visitTryExcept(t);
            }
        } else if (s instanceof Stmt.Assert a) {
            visitAssert(a);
        } else if (s instanceof Stmt.Import i) {
            visitImport(i);
        } else if (s instanceof Stmt.ImportFrom i) {
            visitImportFrom(i);
        } else if (s instanceof Stmt.ExprStmt e) {
            visitExprStmt(e);
        } else if (s instanceof Stmt.Pass) {
            emit(Opcode.NOP);
        } else if (s instanceof Stmt.Break b) {
            visitBreak(b);
        } else if (s instanceof Stmt.Continue c) {
            visitContinue(c);
        }
        // Global, Nonlocal: nothing to emit
    }

    private void visitExprStmt(Stmt.ExprStmt s) {
        Expr value = s.value();
        if (interactive && u.kind == Unit.Kind.MODULE) {
            visitExpr(value);
            emit(Opcode.PRINT_EXPR);
            return;
        }
        if (ConstFolder.fold(value) != null) {
            emit(Opcode.NOP);
            return;
        }
        visitExpr(value);
        unsetLine();
        emit(Opcode.POP_TOP);
    }

    // ---- bodies -------------------------------------------------------------------------------

    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** cf. find_ann: does the body (not nested scopes) contain an annotated assignment? */
    static boolean findAnn(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign) {
                return true;
            } else if (s instanceof Stmt.For f) {
                if (findAnn(f.body()) || findAnn(f.orelse())) {
                    return true;
                }
            } else if (s instanceof Stmt.While w) {
                if (findAnn(w.body()) || findAnn(w.orelse())) {
                    return true;
                }
            } else if (s instanceof Stmt.If i) {
                if (findAnn(i.body()) || findAnn(i.orelse())) {
                    return true;
                }
            } else if (s instanceof Stmt.With w) {
                if (findAnn(w.body())) {
                    return true;
                }
            } else if (s instanceof Stmt.Try t) {
                for (ExceptHandler h : t.handlers()) {
                    if (findAnn(h.body())) {
                        return true;
                    }
                }
                if (findAnn(t.body()) || findAnn(t.finalbody()) || findAnn(t.orelse())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** cf. compiler_body: module and class bodies (annotations dict, docstring into __doc__). */
    protected void body(List<Stmt> stmts) {
        if (u.kind == Unit.Kind.MODULE && !stmts.isEmpty()) {
            setLine(stmts.get(0));
        }
        if (findAnn(stmts)) {
            emit(Opcode.SETUP_ANNOTATIONS);
        }
        int i = 0;
        String doc = docstring(stmts);
        if (doc != null) {
            i = 1;
            Stmt first = stmts.get(0);
            setLine(first);
            visitExpr(((Stmt.ExprStmt) first).value());
            unsetLine();
            nameOp("__doc__", ExprContext.Store);
        }
        for (; i < stmts.size(); i++) {
            visitStmt(stmts.get(i));
        }
    }

    // ---- functions and classes ----------------------------------------------------------------

    private static int firstLine(Node def, List<Expr> decorators) {
        return decorators.isEmpty() ? def.pos().line() : decorators.get(0).pos().line();
    }

    private void visitFunctionDef(Stmt.FunctionDef f) {
        int firstlineno = firstLine(f, f.decoratorList());
        visitExprs(f.decoratorList());
        int flags = defaultArguments(f.args());
        if (annotations(f.args(), f.returns()) > 0) {
            flags |= 0x04;
        }
        enterScope(Unit.Kind.FUNCTION, st.scopeOf(f), f.name(), firstlineno);
        String doc = docstring(f.body());
        u.addConst(doc != null ? PyStr.of(doc) : org.minipy.objects.PyNone.None);
        setArgCounts(f.args());
        for (int i = doc != null ? 1 : 0; i < f.body().size(); i++) {
            visitStmt(f.body().get(i));
        }
        Code co = assembleUnit(true);
        exitScope();
        setLine(f);
        makeClosure(co, flags);
        applyDecorators(f.decoratorList());
        setLine(f);
        nameOp(f.name(), ExprContext.Store);
    }

    private void visitClassDef(Stmt.ClassDef c) {
        int firstlineno = firstLine(c, c.decoratorList());
        visitExprs(c.decoratorList());
        enterScope(Unit.Kind.CLASS, st.scopeOf(c), c.name(), firstlineno);
        u.privateName = c.name();
        nameOp("__name__", ExprContext.Load);
        nameOp("__module__", ExprContext.Store);
        loadConst(PyStr.of(u.qualname));
        nameOp("__qualname__", ExprContext.Store);
        body(c.body());
        unsetLine();
        if (u.ste.needsClassClosure) {
            emit(Opcode.LOAD_CLOSURE, u.cellvars.indexOf("__class__"));
            emit(Opcode.COPY, 1);
            nameOp("__classcell__", ExprContext.Store);
        } else {
            loadNone();
        }
        emit(Opcode.RETURN_VALUE);
        Code co = assembleUnit(true);
        exitScope();
        setLine(c);
        emit(Opcode.PUSH_NULL);
        emit(Opcode.LOAD_BUILD_CLASS);
        makeClosure(co, 0);
        loadConst(PyStr.of(c.name()));
        callHelper(2, c.bases(), c.keywords());
        applyDecorators(c.decoratorList());
        setLine(c);
        nameOp(c.name(), ExprContext.Store);
    }

    /** Each decorator (innermost first) is called with CALL 0: stack is decorator, function. */
    private void applyDecorators(List<Expr> decorators) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            setLine(decorators.get(i));
            emit(Opcode.CALL, 0);
        }
    }

    // ---- assignments --------------------------------------------------------------------------

    private void visitAugAssign(Stmt.AugAssign s) {
        Expr e = s.target();
        Unit.Loc savedLoc = u.saveLoc();
        setLine(e);
        if (e instanceof Expr.Attribute a) {
            visitExpr(a.value());
            emit(Opcode.COPY, 1);
            matchAttrStart(a);
            emitName(Opcode.LOAD_ATTR, a.attr());
        } else if (e instanceof Expr.Subscript sub) {
            visitExpr(sub.value());
            visitExpr(sub.slice());
            emit(Opcode.COPY, 2);
            emit(Opcode.COPY, 2);
            emit(Opcode.BINARY_SUBSCR);
        } else if (e instanceof Expr.Name n) {
            nameOp(n.id(), ExprContext.Load);
        } else {
            throw error("illegal expression for augmented assignment");
        }
        u.restoreLoc(savedLoc);
        visitExpr(s.value());
        emit(Opcode.BINARY_OP, binaryOpCode(s.op()) + org.minipy.objects.BinaryOps.INPLACE);
        setLine(e);
        if (e instanceof Expr.Attribute a) {
            matchAttrStart(a);
            emit(Opcode.SWAP, 2);
            emitName(Opcode.STORE_ATTR, a.attr());
        } else if (e instanceof Expr.Subscript) {
            emit(Opcode.SWAP, 3);
            emit(Opcode.SWAP, 2);
            emit(Opcode.STORE_SUBSCR);
        } else {
            nameOp(((Expr.Name) e).id(), ExprContext.Store);
        }
    }

    private void checkAnnExpr(Expr e) {
        visitExpr(e);
        emit(Opcode.POP_TOP);
    }

    private void checkAnnSubscr(Expr e) {
        if (e instanceof Expr.Slice s) {
            for (Expr part : new Expr[]{s.lower(), s.upper(), s.step()}) {
                if (part != null) {
                    checkAnnExpr(part);
                }
            }
        } else if (e instanceof Expr.Tuple t) {
            t.elts().forEach(this::checkAnnSubscr);
        } else {
            checkAnnExpr(e);
        }
    }

    private void visitAnnAssign(Stmt.AnnAssign s) {
        Expr target = s.target();
        if (s.value() != null) {
            visitExpr(s.value());
            visitExpr(target);
        }
        boolean moduleOrClass = u.kind == Unit.Kind.MODULE || u.kind == Unit.Kind.CLASS;
        if (target instanceof Expr.Name n) {
            if (s.simple() && moduleOrClass) {
                visitExpr(s.annotation());
                emitName(Opcode.LOAD_NAME, "__annotations__");
                loadConst(PyStr.of(mangle(n.id())));
                emit(Opcode.STORE_SUBSCR);
            }
        } else if (target instanceof Expr.Attribute a) {
            if (s.value() == null) {
                checkAnnExpr(a.value());
            }
        } else if (target instanceof Expr.Subscript sub) {
            if (s.value() == null) {
                checkAnnExpr(sub.value());
                checkAnnSubscr(sub.slice());
            }
        }
        if (!s.simple() && moduleOrClass) {
            checkAnnExpr(s.annotation());
        }
    }

    // ---- control flow -------------------------------------------------------------------------

    private void visitIf(Stmt.If s) {
        Block end = newBlock();
        Block next = s.orelse().isEmpty() ? end : newBlock();
        jumpIf(s.test(), next, false);
        visitStmts(s.body());
        if (!s.orelse().isEmpty()) {
            emitJumpNoLine(Pseudo.JUMP, end);
            useNextBlock(next);
            visitStmts(s.orelse());
        }
        useNextBlock(end);
    }

    private void visitFor(Stmt.For s) {
        Block start = newBlock();
        Block body = newBlock();
        Block cleanup = newBlock();
        Block end = newBlock();
        u.fblocks.push(new FBlock(FBlock.Type.FOR_LOOP, start, end, null));
        visitExpr(foldIter(s.iter()));
        emit(Opcode.GET_ITER);
        useNextBlock(start);
        emitJump(Opcode.FOR_ITER, cleanup);
        useNextBlock(body);
        visitExpr(s.target());
        visitStmts(s.body());
        unsetLine();
        emitJump(Pseudo.JUMP, start);
        useNextBlock(cleanup);
        u.fblocks.pop();
        visitStmts(s.orelse());
        useNextBlock(end);
    }

    private void visitWhile(Stmt.While s) {
        Block loop = newBlock();
        Block body = newBlock();
        Block anchor = newBlock();
        Block exit = newBlock();
        useNextBlock(loop);
        u.fblocks.push(new FBlock(FBlock.Type.WHILE_LOOP, loop, exit, null));
        jumpIf(s.test(), anchor, false);
        useNextBlock(body);
        visitStmts(s.body());
        setLine(s);
        jumpIf(s.test(), body, true);
        u.fblocks.pop();
        useNextBlock(anchor);
        visitStmts(s.orelse());
        useNextBlock(exit);
    }

    private void visitReturn(Stmt.Return s) {
        Expr value = s.value();
        boolean preserveTos = value != null && ConstFolder.fold(value) == null;
        if (!u.ste.isFunction()) {
            throw error("'return' outside function");
        }
        if (preserveTos) {
            visitExpr(value);
        } else if (value != null) {
            setLine(value);
            emit(Opcode.NOP);
        }
        if (value == null || value.pos().line() != s.pos().line()) {
            setLine(s);
            emit(Opcode.NOP);
        }
        unwindFBlockStack(preserveTos, false);
        if (value == null) {
            loadNone();
        } else if (!preserveTos) {
            loadConst(ConstFolder.fold(value));
        }
        emit(Opcode.RETURN_VALUE);
        nextBlock();
    }

    private void visitBreak(Stmt.Break s) {
        emit(Opcode.NOP);
        FBlock loop = unwindFBlockStack(false, true);
        if (loop == null) {
            throw error("'break' outside loop");
        }
        unwindFBlock(loop, false);
        emitJump(Pseudo.JUMP, loop.exit());
        nextBlock();
    }

    private void visitContinue(Stmt.Continue s) {
        emit(Opcode.NOP);
        FBlock loop = unwindFBlockStack(false, true);
        if (loop == null) {
            throw error("'continue' not properly in loop");
        }
        emitJump(Pseudo.JUMP, loop.block());
        nextBlock();
    }

    /**
     * cf. compiler_unwind_fblock_stack: emits the clean-up of every active block, innermost
     * first, stopping at the innermost loop when asked (which it returns).
     */
    private FBlock unwindFBlockStack(boolean preserveTos, boolean toLoop) {
        if (u.fblocks.isEmpty()) {
            return null;
        }
        FBlock top = u.fblocks.peek();
        if (toLoop && (top.type() == FBlock.Type.WHILE_LOOP || top.type() == FBlock.Type.FOR_LOOP)) {
            return top;
        }
        u.fblocks.pop();
        unwindFBlock(top, preserveTos);
        FBlock loop = unwindFBlockStack(preserveTos, toLoop);
        u.fblocks.push(top);
        return loop;
    }

    @SuppressWarnings("unchecked")
    private void unwindFBlock(FBlock info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER -> {
            }
            case FOR_LOOP -> {
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Opcode.POP_TOP);
            }
            case TRY_EXCEPT -> emit(Pseudo.POP_BLOCK);
            case FINALLY_TRY -> {
                emit(Pseudo.POP_BLOCK);
                if (preserveTos) {
                    u.fblocks.push(new FBlock(FBlock.Type.POP_VALUE, null, null, null));
                }
                visitStmts((List<Stmt>) info.datum());
                if (preserveTos) {
                    u.fblocks.pop();
                }
                unsetLine();
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Opcode.POP_TOP);
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Pseudo.POP_BLOCK);
                emit(Opcode.POP_EXCEPT);
            }
            case WITH -> {
                setLine((Node) info.datum());
                emit(Pseudo.POP_BLOCK);
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                callExitWithNones();
                emit(Opcode.POP_TOP);
                unsetLine();
            }
            case HANDLER_CLEANUP -> {
                String name = (String) info.datum();
                if (name != null) {
                    emit(Pseudo.POP_BLOCK);
                }
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Pseudo.POP_BLOCK);
                emit(Opcode.POP_EXCEPT);
                if (name != null) {
                    loadNone();
                    nameOp(name, ExprContext.Store);
                    nameOp(name, ExprContext.Del);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Opcode.POP_TOP);
            }
            default -> throw new IllegalStateException();
        }
    }

    private void callExitWithNones() {
        loadNone();
        loadNone();
        loadNone();
        emit(Opcode.CALL, 2);
    }

    private void visitAssert(Stmt.Assert s) {
        SyntaxWarnings.checkAssert(warnings, s);
        Block end = newBlock();
        jumpIf(s.test(), end, true);
        emit(Opcode.LOAD_ASSERTION_ERROR);
        if (s.msg() != null) {
            visitExpr(s.msg());
            emit(Opcode.CALL, 0);
        }
        emit(Opcode.RAISE_VARARGS, 1);
        useNextBlock(end);
    }

    // ---- exceptions and with ------------------------------------------------------------------

    /** COPY 3; POP_EXCEPT; RERAISE 1: the clean-up handler of an except block. */
    private void popExceptAndReraise() {
        emit(Opcode.COPY, 3);
        emit(Opcode.POP_EXCEPT);
        emit(Opcode.RERAISE, 1);
    }

    private void visitTryFinally(Stmt.Try s) {
        Block body = newBlock();
        Block end = newBlock();
        Block exit = newBlock();
        Block cleanup = newBlock();
        emitJump(Pseudo.SETUP_FINALLY, end);
        useNextBlock(body);
        u.fblocks.push(new FBlock(FBlock.Type.FINALLY_TRY, body, end, s.finalbody()));
        if (!s.handlers().isEmpty()) {
            visitTryExcept(s);
        } else {
            visitStmts(s.body());
        }
        emitNoLine(Pseudo.POP_BLOCK, 0);
        u.fblocks.pop();
        visitStmts(s.finalbody());
        emitJumpNoLine(Pseudo.JUMP, exit);
        useNextBlock(end);
        unsetLine();
        emitJump(Pseudo.SETUP_CLEANUP, cleanup);
        emit(Opcode.PUSH_EXC_INFO);
        u.fblocks.push(new FBlock(FBlock.Type.FINALLY_END, end, null, null));
        visitStmts(s.finalbody());
        u.fblocks.pop();
        emit(Opcode.RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(exit);
    }

    private void visitTryExcept(Stmt.Try s) {
        Block body = newBlock();
        Block except = newBlock();
        Block end = newBlock();
        Block cleanup = newBlock();
        setLine(s);
        emitJump(Pseudo.SETUP_FINALLY, except);
        useNextBlock(body);
        u.fblocks.push(new FBlock(FBlock.Type.TRY_EXCEPT, body, null, null));
        visitStmts(s.body());
        u.fblocks.pop();
        emitNoLine(Pseudo.POP_BLOCK, 0);
        visitStmts(s.orelse());
        emitJumpNoLine(Pseudo.JUMP, end);
        int n = s.handlers().size();
        useNextBlock(except);
        unsetLine();
        emitJump(Pseudo.SETUP_CLEANUP, cleanup);
        emit(Opcode.PUSH_EXC_INFO);
        u.fblocks.push(new FBlock(FBlock.Type.EXCEPTION_HANDLER, null, null, null));
        for (int i = 0; i < n; i++) {
            ExceptHandler h = s.handlers().get(i);
            setLine(h);
            at = h;
            if (h.type() == null && i < n - 1) {
                throw error("default 'except:' must be last", h);
            }
            except = newBlock();
            if (h.type() != null) {
                visitExpr(h.type());
                emit(Opcode.CHECK_EXC_MATCH);
                emitJump(Pseudo.POP_JUMP_IF_FALSE, except);
            }
            if (h.name() != null) {
                Block cleanupEnd = newBlock();
                Block cleanupBody = newBlock();
                nameOp(h.name(), ExprContext.Store);
                emitJump(Pseudo.SETUP_CLEANUP, cleanupEnd);
                useNextBlock(cleanupBody);
                u.fblocks.push(new FBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody, null, h.name()));
                visitStmts(h.body());
                u.fblocks.pop();
                unsetLine();
                emit(Pseudo.POP_BLOCK);
                emit(Pseudo.POP_BLOCK);
                emit(Opcode.POP_EXCEPT);
                loadNone();
                nameOp(h.name(), ExprContext.Store);
                nameOp(h.name(), ExprContext.Del);
                emitJump(Pseudo.JUMP, end);
                useNextBlock(cleanupEnd);
                unsetLine();
                loadNone();
                nameOp(h.name(), ExprContext.Store);
                nameOp(h.name(), ExprContext.Del);
                emit(Opcode.RERAISE, 1);
            } else {
                Block cleanupBody = newBlock();
                emit(Opcode.POP_TOP);
                useNextBlock(cleanupBody);
                u.fblocks.push(new FBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody, null, null));
                visitStmts(h.body());
                u.fblocks.pop();
                unsetLine();
                emit(Pseudo.POP_BLOCK);
                emit(Opcode.POP_EXCEPT);
                emitJump(Pseudo.JUMP, end);
            }
            useNextBlock(except);
        }
        unsetLine();
        u.fblocks.pop();
        emit(Opcode.RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(end);
    }

    /** cf. compiler_with: one item per nesting level. */
    private void visitWith(Stmt.With s, int pos) {
        WithItem item = s.items().get(pos);
        Block block = newBlock();
        Block fin = newBlock();
        Block exit = newBlock();
        Block cleanup = newBlock();
        visitExpr(item.contextExpr());
        emit(Opcode.BEFORE_WITH);
        emitJump(Pseudo.SETUP_WITH, fin);
        useNextBlock(block);
        u.fblocks.push(new FBlock(FBlock.Type.WITH, block, fin, s));
        if (item.optionalVars() != null) {
            visitExpr(item.optionalVars());
        } else {
            emit(Opcode.POP_TOP);
        }
        if (pos + 1 == s.items().size()) {
            visitStmts(s.body());
        } else {
            visitWith(s, pos + 1);
        }
        unsetLine();
        emit(Pseudo.POP_BLOCK);
        u.fblocks.pop();
        setLine(s);
        callExitWithNones();
        emit(Opcode.POP_TOP);
        emitJump(Pseudo.JUMP, exit);
        useNextBlock(fin);
        emitJump(Pseudo.SETUP_CLEANUP, cleanup);
        emit(Opcode.PUSH_EXC_INFO);
        emit(Opcode.WITH_EXCEPT_START);
        withExceptFinish(cleanup);
        useNextBlock(exit);
    }

    private void withExceptFinish(Block cleanup) {
        unsetLine();
        Block exit = newBlock();
        emitJump(Pseudo.POP_JUMP_IF_TRUE, exit);
        emit(Opcode.RERAISE, 2);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(exit);
        emit(Opcode.POP_TOP);
        emit(Pseudo.POP_BLOCK);
        emit(Opcode.POP_EXCEPT);
        emit(Opcode.POP_TOP);
        emit(Opcode.POP_TOP);
    }

    // ---- imports ------------------------------------------------------------------------------

    private void visitImport(Stmt.Import s) {
        for (Alias a : s.names()) {
            loadConst(PyInt.of(0));
            loadNone();
            emitName(Opcode.IMPORT_NAME, a.name());
            int dot = a.name().indexOf('.');
            if (a.asname() != null) {
                if (dot >= 0) {
                    // import a.b.c as d: walk the attributes from the top package
                    String[] parts = a.name().split("\\.");
                    for (int i = 1; i < parts.length; i++) {
                        emitName(Opcode.IMPORT_FROM, parts[i]);
                        if (i < parts.length - 1) {
                            emit(Opcode.SWAP, 2);
                            emit(Opcode.POP_TOP);
                        }
                    }
                    nameOp(a.asname(), ExprContext.Store);
                    emit(Opcode.POP_TOP);
                } else {
                    nameOp(a.asname(), ExprContext.Store);
                }
            } else {
                nameOp(dot >= 0 ? a.name().substring(0, dot) : a.name(), ExprContext.Store);
            }
        }
    }

    private void visitImportFrom(Stmt.ImportFrom s) {
        PyObject[] names = new PyObject[s.names().size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(s.names().get(i).name());
        }
        loadConst(PyInt.of(s.level()));
        loadConst(PyTuple.of(names));
        emitName(Opcode.IMPORT_NAME, s.module() == null ? "" : s.module());
        for (int i = 0; i < s.names().size(); i++) {
            Alias a = s.names().get(i);
            if (i == 0 && a.name().equals("*")) {
                emit(Opcode.IMPORT_STAR);
                return;
            }
            emitName(Opcode.IMPORT_FROM, a.name());
            nameOp(a.asname() != null ? a.asname() : a.name(), ExprContext.Store);
        }
        emit(Opcode.POP_TOP);
    }
}
