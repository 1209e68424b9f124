package org.minipy.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.minipy.ast.Arg;
import org.minipy.ast.Arguments;
import org.minipy.ast.BoolOperator;
import org.minipy.ast.CmpOp;
import org.minipy.ast.Comprehension;
import org.minipy.ast.Expr;
import org.minipy.ast.ExprContext;
import org.minipy.ast.Keyword;
import org.minipy.ast.Node;
import org.minipy.ast.Operator;
import org.minipy.code.Code;
import org.minipy.code.Opcode;
import org.minipy.objects.BinaryOps;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;

/**
 * Expressions: one visit method per node kind, plus the jump-if compilation of conditions,
 * calls in all their forms, displays with starred items, comprehensions and lambdas, following
 * CPython 3.11's compile.c.
 */
abstract class ExprCompiler extends BaseCompiler {
    /** Above this many stack items, displays and calls are built incrementally. */
    protected static final int STACK_USE_GUARDRAIL = 30;

    protected ExprCompiler(SymbolTable st, String filename) {
        super(st, filename);
    }

    // ---- dispatch -----------------------------------------------------------------------------

    protected void visitExprs(List<Expr> es) {
        for (Expr e : es) {
            visitExpr(e);
        }
    }

    /** Compiles e with its own line number, restoring the enclosing one afterwards. */
    protected void visitExpr(Expr e) {
        Unit.Loc savedLoc = u.saveLoc();
        Node savedAt = at;
        setLine(e);
        at = e;
        visitExpr1(e);
        u.restoreLoc(savedLoc);
        at = savedAt;
    }

    private void visitExpr1(Expr e) {
        if (e instanceof Expr.Constant c) {
            loadConst(ConstFolder.literal(c.value()));
        } else if (e instanceof Expr.Name n) {
            nameOp(n.id(), n.ctx());
        } else if (e instanceof Expr.BinOp b) {
            visitBinOp(b);
        } else if (e instanceof Expr.UnaryOp un) {
            visitUnaryOp(un);
        } else if (e instanceof Expr.BoolOp b) {
            visitBoolOp(b);
        } else if (e instanceof Expr.Compare c) {
            visitCompare(c);
        } else if (e instanceof Expr.Call c) {
            visitCall(c);
        } else if (e instanceof Expr.Attribute a) {
            visitAttribute(a);
        } else if (e instanceof Expr.Subscript s) {
            visitSubscript(s);
        } else if (e instanceof Expr.Tuple t) {
            visitTuple(t);
        } else if (e instanceof Expr.List_ l) {
            visitList(l);
        } else if (e instanceof Expr.Dict d) {
            visitDict(d);
        } else if (e instanceof Expr.Set s) {
            starUnpack(s.elts(), 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false);
        } else if (e instanceof Expr.IfExp i) {
            visitIfExp(i);
        } else if (e instanceof Expr.NamedExpr n) {
            visitExpr(n.value());
            emit(Opcode.COPY, 1);
            visitExpr(n.target());
        } else if (e instanceof Expr.Lambda l) {
            visitLambda(l);
        } else if (e instanceof Expr.ListComp c) {
            compileComprehension(c, "<listcomp>", c.generators(), c.elt(), null, Opcode.BUILD_LIST);
        } else if (e instanceof Expr.SetComp c) {
            compileComprehension(c, "<setcomp>", c.generators(), c.elt(), null, Opcode.BUILD_SET);
        } else if (e instanceof Expr.DictComp c) {
            compileComprehension(c, "<dictcomp>", c.generators(), c.key(), c.value(), Opcode.BUILD_MAP);
        } else if (e instanceof Expr.GeneratorExp c) {
            compileComprehension(c, "<genexpr>", c.generators(), c.elt(), null, -1);
        } else if (e instanceof Expr.Yield y) {
            if (!u.ste.isFunction()) {
                throw error("'yield' outside function");
            }
            if (y.value() != null) {
                visitExpr(y.value());
            } else {
                loadNone();
            }
            emit(Opcode.YIELD_VALUE);
            emit(Opcode.RESUME, 1);
        } else if (e instanceof Expr.YieldFrom y) {
            if (!u.ste.isFunction()) {
                throw error("'yield' outside function");
            }
            visitExpr(y.value());
            emit(Opcode.GET_YIELD_FROM_ITER);
            loadNone();
            yieldFrom();
        } else if (e instanceof Expr.JoinedStr j) {
            visitJoinedStr(j);
        } else if (e instanceof Expr.FormattedValue f) {
            visitFormattedValue(f);
        } else if (e instanceof Expr.Slice s) {
            visitSlice(s);
        } else if (e instanceof Expr.Starred s) {
            if (s.ctx() == ExprContext.Store) {
                throw error("starred assignment target must be in a list or tuple");
            }
            throw error("can't use starred expression here");
        } else {
            throw new IllegalStateException("unknown expression " + e);
        }
    }

    // ---- operators ----------------------------------------------------------------------------

    static int binaryOpCode(Operator op) {
        switch (op) {
            case Add: return BinaryOps.ADD;
            case BitAnd: return BinaryOps.AND;
            case FloorDiv: return BinaryOps.FLOOR_DIVIDE;
            case LShift: return BinaryOps.LSHIFT;
            case MatMult: return BinaryOps.MATRIX_MULTIPLY;
            case Mult: return BinaryOps.MULTIPLY;
            case Mod: return BinaryOps.REMAINDER;
            case BitOr: return BinaryOps.OR;
            case Pow: return BinaryOps.POWER;
            case RShift: return BinaryOps.RSHIFT;
            case Sub: return BinaryOps.SUBTRACT;
            case Div: return BinaryOps.TRUE_DIVIDE;
            default: return BinaryOps.XOR;
        }
    }

    private void visitBinOp(Expr.BinOp b) {
        Expr.JoinedStr formatted = PercentFormat.optimize(b);
        if (formatted != null) {
            visitJoinedStr(formatted);
            return;
        }
        PyObject folded = ConstFolder.fold(b);
        if (folded != null) {
            loadConst(folded);
            return;
        }
        visitExpr(b.left());
        visitExpr(b.right());
        emit(Opcode.BINARY_OP, binaryOpCode(b.op()));
    }

    private void visitUnaryOp(Expr.UnaryOp un) {
        PyObject folded = ConstFolder.fold(un);
        if (folded != null) {
            loadConst(folded);
            return;
        }
        visitExpr(un.operand());
        switch (un.op()) {
            case Invert -> emit(Opcode.UNARY_INVERT);
            case Not -> emit(Opcode.UNARY_NOT);
            case UAdd -> emit(Opcode.UNARY_POSITIVE);
            default -> emit(Opcode.UNARY_NEGATIVE);
        }
    }

    private void visitBoolOp(Expr.BoolOp b) {
        int jump = b.op() == BoolOperator.And ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
        Block end = newBlock();
        List<Expr> values = b.values();
        for (int i = 0; i < values.size() - 1; i++) {
            visitExpr(values.get(i));
            emitJump(jump, end);
            useNextBlock(newBlock());
        }
        visitExpr(values.get(values.size() - 1));
        useNextBlock(end);
    }

    protected void emitCompare(CmpOp op) {
        switch (op) {
            case Eq -> emit(Opcode.COMPARE_OP, 2);
            case NotEq -> emit(Opcode.COMPARE_OP, 3);
            case Lt -> emit(Opcode.COMPARE_OP, 0);
            case LtE -> emit(Opcode.COMPARE_OP, 1);
            case Gt -> emit(Opcode.COMPARE_OP, 4);
            case GtE -> emit(Opcode.COMPARE_OP, 5);
            case Is -> emit(Opcode.IS_OP, 0);
            case IsNot -> emit(Opcode.IS_OP, 1);
            case In -> emit(Opcode.CONTAINS_OP, 0);
            default -> emit(Opcode.CONTAINS_OP, 1);
        }
    }

    /**
     * cf. fold_iter in CPython's AST optimiser: a list literal that is only iterated over (a for
     * loop, a comprehension, the right of 'in') is built as a tuple, a constant one if it can be.
     */
    protected static Expr foldIter(Expr e) {
        if (e instanceof Expr.List_ l && l.ctx() == ExprContext.Load) {
            for (Expr x : l.elts()) {
                if (x instanceof Expr.Starred) {
                    return e;
                }
            }
            return new Expr.Tuple(l.pos(), l.elts(), ExprContext.Load);
        }
        return e;
    }

    /** The comparators with the last one folded as an iterable if the last operator is in / not in. */
    private static List<Expr> comparators(Expr.Compare c) {
        int n = c.ops().size() - 1;
        CmpOp last = c.ops().get(n);
        if (last != CmpOp.In && last != CmpOp.NotIn) {
            return c.comparators();
        }
        List<Expr> l = new ArrayList<>(c.comparators());
        l.set(n, foldIter(l.get(n)));
        return l;
    }

    private void visitCompare(Expr.Compare c0) {
        SyntaxWarnings.checkCompare(warnings, c0);
        Expr.Compare c = new Expr.Compare(c0.pos(), c0.left(), c0.ops(), comparators(c0));
        int n = c.ops().size() - 1;
        visitExpr(c.left());
        if (n == 0) {
            visitExpr(c.comparators().get(0));
            emitCompare(c.ops().get(0));
            return;
        }
        Block cleanup = newBlock();
        for (int i = 0; i < n; i++) {
            visitExpr(c.comparators().get(i));
            emit(Opcode.SWAP, 2);
            emit(Opcode.COPY, 2);
            emitCompare(c.ops().get(i));
            emitJump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        visitExpr(c.comparators().get(n));
        emitCompare(c.ops().get(n));
        Block end = newBlock();
        emitJumpNoLine(Pseudo.JUMP, end);
        useNextBlock(cleanup);
        emit(Opcode.SWAP, 2);
        emit(Opcode.POP_TOP);
        useNextBlock(end);
    }

    /** cf. compiler_jump_if: jump to next when e's truth equals cond, with no value left. */
    protected void jumpIf(Expr e, Block next, boolean cond) {
        if (e instanceof Expr.UnaryOp un && un.op() == org.minipy.ast.UnaryOperator.Not) {
            jumpIf(un.operand(), next, !cond);
            return;
        }
        if (e instanceof Expr.BoolOp b) {
            List<Expr> s = b.values();
            int n = s.size() - 1;
            boolean cond2 = b.op() == BoolOperator.Or;
            Block next2 = next;
            if (cond2 != cond) {
                next2 = newBlock();
            }
            for (int i = 0; i < n; i++) {
                jumpIf(s.get(i), next2, cond2);
            }
            jumpIf(s.get(n), next, cond);
            if (next2 != next) {
                useNextBlock(next2);
            }
            return;
        }
        if (e instanceof Expr.IfExp ie) {
            Block end = newBlock();
            Block next2 = newBlock();
            jumpIf(ie.test(), next2, false);
            jumpIf(ie.body(), next, cond);
            emitJumpNoLine(Pseudo.JUMP, end);
            useNextBlock(next2);
            jumpIf(ie.orelse(), next, cond);
            useNextBlock(end);
            return;
        }
        if (e instanceof Expr.Compare) {
            // as CPython 3.11: the comparison's location stays in force after it
            setLine(e);
        }
        if (e instanceof Expr.Compare c0 && c0.ops().size() > 1) {
            SyntaxWarnings.checkCompare(warnings, c0);
            Expr.Compare c = new Expr.Compare(c0.pos(), c0.left(), c0.ops(), comparators(c0));
            int n = c.ops().size() - 1;
            Block cleanup = newBlock();
            visitExpr(c.left());
            for (int i = 0; i < n; i++) {
                visitExpr(c.comparators().get(i));
                emit(Opcode.SWAP, 2);
                emit(Opcode.COPY, 2);
                emitCompare(c.ops().get(i));
                emitJump(Pseudo.POP_JUMP_IF_FALSE, cleanup);
            }
            visitExpr(c.comparators().get(n));
            emitCompare(c.ops().get(n));
            emitJump(cond ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE, next);
            Block end = newBlock();
            emitJumpNoLine(Pseudo.JUMP, end);
            useNextBlock(cleanup);
            emit(Opcode.POP_TOP);
            if (!cond) {
                emitJumpNoLine(Pseudo.JUMP, next);
            }
            useNextBlock(end);
            return;
        }
        visitExpr(e);
        emitJump(cond ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE, next);
    }

    private void visitIfExp(Expr.IfExp i) {
        Block end = newBlock();
        Block next = newBlock();
        jumpIf(i.test(), next, false);
        visitExpr(i.body());
        emitJumpNoLine(Pseudo.JUMP, end);
        useNextBlock(next);
        visitExpr(i.orelse());
        useNextBlock(end);
    }

    // ---- attributes, subscripts, slices -------------------------------------------------------

    private void visitAttribute(Expr.Attribute a) {
        visitExpr(a.value());
        matchAttrStart(a);
        switch (a.ctx()) {
            case Load -> emitName(Opcode.LOAD_ATTR, a.attr());
            case Store -> emitName(Opcode.STORE_ATTR, a.attr());
            default -> emitName(Opcode.DELETE_ATTR, a.attr());
        }
    }

    private void visitSubscript(Expr.Subscript s) {
        PyObject folded = s.ctx() == ExprContext.Load ? ConstFolder.fold(s) : null;
        if (folded != null) {
            loadConst(folded);
            return;
        }
        if (s.ctx() == ExprContext.Load) {
            SyntaxWarnings.checkSubscript(warnings, s);
        }
        visitExpr(s.value());
        visitExpr(s.slice());
        switch (s.ctx()) {
            case Load -> emit(Opcode.BINARY_SUBSCR);
            case Store -> emit(Opcode.STORE_SUBSCR);
            default -> emit(Opcode.DELETE_SUBSCR);
        }
    }

    private void visitSlice(Expr.Slice s) {
        int n = 2;
        if (s.lower() != null) {
            visitExpr(s.lower());
        } else {
            loadNone();
        }
        if (s.upper() != null) {
            visitExpr(s.upper());
        } else {
            loadNone();
        }
        if (s.step() != null) {
            n++;
            visitExpr(s.step());
        }
        emit(Opcode.BUILD_SLICE, n);
    }

    // ---- displays -----------------------------------------------------------------------------

    private void visitTuple(Expr.Tuple t) {
        switch (t.ctx()) {
            case Store -> assignSequence(t.elts());
            case Del -> visitExprs(t.elts());
            default -> {
                PyObject folded = ConstFolder.fold(t);
                if (folded != null) {
                    loadConst(folded);
                } else {
                    starUnpack(t.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
                }
            }
        }
    }

    private void visitList(Expr.List_ l) {
        switch (l.ctx()) {
            case Store -> assignSequence(l.elts());
            case Del -> visitExprs(l.elts());
            default -> starUnpack(l.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, false);
        }
    }

    /** The constants of elts[begin:end] if all are constant, else null. */
    protected static PyObject[] allConst(List<Expr> elts, int begin, int end) {
        PyObject[] out = new PyObject[end - begin];
        for (int i = begin; i < end; i++) {
            Expr e = elts.get(i);
            if (e == null || e instanceof Expr.Starred) {
                return null;
            }
            out[i - begin] = ConstFolder.fold(e);
            if (out[i - begin] == null) {
                return null;
            }
        }
        return out;
    }

    /** cf. starunpack_helper: builds a list, set or tuple from items that may be starred. */
    protected void starUnpack(List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple) {
        int n = elts.size();
        PyObject[] consts = n > 2 ? allConst(elts, 0, n) : null;
        if (consts != null && add == Opcode.SET_ADD) {
            // As CPython: the set is filled from a frozenset constant, which also gives
            // CPython's iteration order for the finished set.
            emit(build, pushed);
            loadConst(org.minipy.objects.PySet.frozenFromIterable(PyTuple.of(consts)));
            emit(extend, 1);
            return;
        }
        if (consts != null) {
            if (tuple && pushed == 0) {
                loadConst(PyTuple.of(consts));
            } else {
                emit(build, pushed);
                loadConst(PyTuple.of(consts));
                emit(extend, 1);
                if (tuple) {
                    emit(Opcode.LIST_TO_TUPLE);
                }
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUARDRAIL;
        boolean seenStar = false;
        for (Expr e : elts) {
            if (e instanceof Expr.Starred) {
                seenStar = true;
            }
        }
        if (!seenStar && !big) {
            visitExprs(elts);
            emit(tuple ? Opcode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            emit(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr e = elts.get(i);
            if (e instanceof Expr.Starred s) {
                if (!built) {
                    emit(build, i + pushed);
                    built = true;
                }
                visitExpr(s.value());
                emit(extend, 1);
            } else {
                visitExpr(e);
                if (built) {
                    emit(add, 1);
                }
            }
        }
        if (tuple) {
            emit(Opcode.LIST_TO_TUPLE);
        }
    }

    private void subDict(Expr.Dict d, int begin, int end) {
        int n = end - begin;
        PyObject[] keys = n > 1 ? allConst(d.keys(), begin, end) : null;
        if (keys != null) {
            for (int i = begin; i < end; i++) {
                visitExpr(d.values().get(i));
            }
            loadConst(PyTuple.of(keys));
            emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        for (int i = begin; i < end; i++) {
            visitExpr(d.keys().get(i));
            visitExpr(d.values().get(i));
        }
        emit(Opcode.BUILD_MAP, n);
    }

    private void visitDict(Expr.Dict d) {
        int n = d.values().size();
        int elements = 0;
        boolean haveDict = false;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subDict(d, i - elements, i);
                    if (haveDict) {
                        emit(Opcode.DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    emit(Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                visitExpr(d.values().get(i));
                emit(Opcode.DICT_UPDATE, 1);
            } else {
                if (elements * 2 > STACK_USE_GUARDRAIL) {
                    subDict(d, i - elements, i);
                    if (haveDict) {
                        emit(Opcode.DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                elements++;
            }
        }
        if (elements > 0) {
            subDict(d, n - elements, n);
            if (haveDict) {
                emit(Opcode.DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            emit(Opcode.BUILD_MAP, 0);
        }
    }

    // ---- f-strings ----------------------------------------------------------------------------

    private void visitJoinedStr(Expr.JoinedStr j) {
        int n = j.values().size();
        if (n > STACK_USE_GUARDRAIL) {
            loadConst(PyStr.EMPTY);
            emitName(Opcode.LOAD_METHOD, "join");
            emit(Opcode.BUILD_LIST, 0);
            for (Expr v : j.values()) {
                visitExpr(v);
                emit(Opcode.LIST_APPEND, 1);
            }
            emit(Opcode.CALL, 1);
            return;
        }
        visitExprs(j.values());
        if (n != 1) {
            emit(Opcode.BUILD_STRING, n);
        }
    }

    private void visitFormattedValue(Expr.FormattedValue f) {
        visitExpr(f.value());
        int oparg = switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (f.formatSpec() != null) {
            visitExpr(f.formatSpec());
            oparg |= 4;
        }
        emit(Opcode.FORMAT_VALUE, oparg);
    }

    // ---- calls --------------------------------------------------------------------------------

    private void visitCall(Expr.Call c) {
        if (methodCall(c)) {
            return;
        }
        SyntaxWarnings.checkCaller(warnings, c.func());
        setLine(c.func());
        emit(Opcode.PUSH_NULL);
        setLine(c);
        visitExpr(c.func());
        callHelper(0, c.args(), c.keywords());
    }

    /** cf. maybe_optimize_method_call: obj.m(args) as LOAD_METHOD + CALL. */
    private boolean methodCall(Expr.Call c) {
        if (!(c.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.Load) {
            return false;
        }
        // cf. is_import_originated: calls on a module imported at top level stay plain calls
        if (meth.value() instanceof Expr.Name n && (st.top.flags(n.id()) & Scope.DEF_IMPORT) != 0) {
            return false;
        }
        int argsl = c.args().size();
        int kwdsl = c.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUARDRAIL) {
            return false;
        }
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                return false;
            }
        }
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        visitExpr(meth.value());
        Unit.Loc savedLoc = u.saveLoc();
        setLine(meth);
        matchAttrStart(meth);
        emitName(Opcode.LOAD_METHOD, meth.attr());
        visitExprs(c.args());
        if (kwdsl > 0) {
            validateKeywords(c.keywords());
            for (Keyword k : c.keywords()) {
                visitExpr(k.value());
            }
            kwNames(c.keywords());
        }
        setLine(c);
        matchAttrStart(meth);
        emit(Opcode.CALL, argsl + kwdsl);
        u.restoreLoc(savedLoc);
        return true;
    }

    private void kwNames(List<Keyword> kws) {
        PyObject[] names = new PyObject[kws.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(kws.get(i).arg());
        }
        emit(Opcode.KW_NAMES, u.addConst(PyTuple.of(names)));
    }

    private void validateKeywords(List<Keyword> kws) {
        Set<String> seen = new HashSet<>();
        for (Keyword k : kws) {
            if (k.arg() != null && !seen.add(k.arg())) {
                throw error("keyword argument repeated: " + k.arg(), k);
            }
        }
    }

    /** cf. compiler_call_helper: n values (callable, self...) are already on the stack. */
    protected void callHelper(int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkw = keywords.size();
        boolean ex = nelts + nkw * 2 > STACK_USE_GUARDRAIL;
        for (Expr a : args) {
            if (a instanceof Expr.Starred) {
                ex = true;
            }
        }
        for (Keyword k : keywords) {
            if (k.arg() == null) {
                ex = true;
            }
        }
        if (!ex) {
            visitExprs(args);
            if (nkw > 0) {
                for (Keyword k : keywords) {
                    visitExpr(k.value());
                }
                kwNames(keywords);
            }
            emit(Opcode.CALL, n + nelts + nkw);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred s) {
            visitExpr(s.value());
        } else {
            starUnpack(args, n, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        }
        if (nkw > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkw; i++) {
                Keyword k = keywords.get(i);
                if (k.arg() == null) {
                    if (nseen > 0) {
                        subKwargs(keywords, i - nseen, i);
                        if (haveDict) {
                            emit(Opcode.DICT_MERGE, 1);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        emit(Opcode.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    visitExpr(k.value());
                    emit(Opcode.DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subKwargs(keywords, nkw - nseen, nkw);
                if (haveDict) {
                    emit(Opcode.DICT_MERGE, 1);
                }
            }
        }
        emit(Opcode.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
    }

    private void subKwargs(List<Keyword> kws, int begin, int end) {
        int n = end - begin;
        if (n > 1) {
            PyObject[] keys = new PyObject[n];
            for (int i = begin; i < end; i++) {
                visitExpr(kws.get(i).value());
                keys[i - begin] = PyStr.of(kws.get(i).arg());
            }
            loadConst(PyTuple.of(keys));
            emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        for (int i = begin; i < end; i++) {
            loadConst(PyStr.of(kws.get(i).arg()));
            visitExpr(kws.get(i).value());
        }
        emit(Opcode.BUILD_MAP, n);
    }

    // ---- yield from ---------------------------------------------------------------------------

    /** cf. compiler_add_yield_from: SEND / YIELD_VALUE / RESUME 2 loop. */
    protected void yieldFrom() {
        Block start = newBlock();
        Block resume = newBlock();
        Block exit = newBlock();
        useNextBlock(start);
        emitJump(Opcode.SEND, exit);
        useNextBlock(resume);
        emit(Opcode.YIELD_VALUE);
        emit(Opcode.RESUME, 2);
        emitJump(Pseudo.JUMP_NO_INTERRUPT, start);
        useNextBlock(exit);
    }

    // ---- assignment targets -------------------------------------------------------------------

    /** cf. unpack_helper + assignment_helper: UNPACK_SEQUENCE / UNPACK_EX then each target. */
    protected void assignSequence(List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Expr e = elts.get(i);
            if (e instanceof Expr.Starred && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking assignment");
                }
                emit(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            } else if (e instanceof Expr.Starred) {
                throw error("multiple starred expressions in assignment");
            }
        }
        if (!seenStar) {
            emit(Opcode.UNPACK_SEQUENCE, n);
        }
        for (Expr e : elts) {
            visitExpr(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    // ---- functions and lambdas ----------------------------------------------------------------

    /** cf. compiler_default_arguments: pushes defaults / kw-defaults, returns MAKE_FUNCTION flags. */
    protected int defaultArguments(Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            visitExprs(args.defaults());
            emit(Opcode.BUILD_TUPLE, args.defaults().size());
            flags |= 0x01;
        }
        List<PyObject> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = i < args.kwDefaults().size() ? args.kwDefaults().get(i) : null;
            if (d != null) {
                keys.add(PyStr.of(mangle(args.kwonlyargs().get(i).arg())));
                visitExpr(d);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(PyTuple.of(keys.toArray(new PyObject[0])));
            emit(Opcode.BUILD_CONST_KEY_MAP, keys.size());
            flags |= 0x02;
        }
        return flags;
    }

    protected void setArgCounts(Arguments args) {
        u.argcount = args.args().size();
        u.posonlyargcount = args.posonlyargs().size();
        u.kwonlyargcount = args.kwonlyargs().size();
    }

    private void visitLambda(Expr.Lambda l) {
        int flags = defaultArguments(l.args());
        enterScope(Unit.Kind.LAMBDA, st.scopeOf(l), "<lambda>", l.pos().line());
        u.addConst(org.minipy.objects.PyNone.None);
        setArgCounts(l.args());
        visitExpr(l.body());
        Code co;
        if (u.ste.generator) {
            co = assembleUnit(false);
        } else {
            emit(Opcode.RETURN_VALUE);
            co = assembleUnit(true);
        }
        exitScope();
        makeClosure(co, flags);
    }

    // ---- comprehensions -----------------------------------------------------------------------

    /** cf. compiler_comprehension: a nested function called with the first iterator. */
    private void compileComprehension(Expr e, String name, List<Comprehension> gens, Expr elt, Expr val,
                                      int buildOp) {
        Comprehension outermost = gens.get(0);
        enterScope(Unit.Kind.COMPREHENSION, st.scopeOf(e), name, e.pos().line());
        setLine(e);
        if (buildOp >= 0) {
            emit(buildOp, 0);
        }
        comprehensionGenerator(gens, 0, 0, elt, val, buildOp);
        if (buildOp >= 0) {
            emit(Opcode.RETURN_VALUE);
        }
        Code co = assembleUnit(true);
        exitScope();
        makeClosure(co, 0);
        visitExpr(foldIter(outermost.iter()));
        emit(Opcode.GET_ITER);
        emit(Opcode.CALL, 0);
    }

    private void comprehensionGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                                        int buildOp) {
        Block start = newBlock();
        Block ifCleanup = newBlock();
        Block anchor = newBlock();
        Comprehension gen = gens.get(index);
        if (index == 0) {
            u.argcount = 1;
            emit(Opcode.LOAD_FAST, 0);
        } else {
            List<Expr> elts = gen.iter() instanceof Expr.List_ l ? l.elts()
                    : gen.iter() instanceof Expr.Tuple t ? t.elts() : null;
            if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
                visitExpr(elts.get(0));
                start = null;
            } else {
                visitExpr(foldIter(gen.iter()));
                emit(Opcode.GET_ITER);
            }
        }
        if (start != null) {
            depth++;
            useNextBlock(start);
            emitJump(Opcode.FOR_ITER, anchor);
        }
        visitExpr(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        if (++index < gens.size()) {
            comprehensionGenerator(gens, index, depth, elt, val, buildOp);
        } else {
            switch (buildOp) {
                case -1 -> {
                    visitExpr(elt);
                    emit(Opcode.YIELD_VALUE);
                    emit(Opcode.RESUME, 1);
                    emit(Opcode.POP_TOP);
                }
                case Opcode.BUILD_LIST -> {
                    visitExpr(elt);
                    emit(Opcode.LIST_APPEND, depth + 1);
                }
                case Opcode.BUILD_SET -> {
                    visitExpr(elt);
                    emit(Opcode.SET_ADD, depth + 1);
                }
                default -> {
                    visitExpr(elt);
                    visitExpr(val);
                    emit(Opcode.MAP_ADD, depth + 1);
                }
            }
        }
        useNextBlock(ifCleanup);
        if (start != null) {
            emitJump(Pseudo.JUMP, start);
            useNextBlock(anchor);
        }
    }

    /** The annotation names and values as CPython 3.11 builds them (a flat tuple), or 0 if none. */
    protected int annotations(Arguments args, Expr returns) {
        int n = 0;
        n += argAnnotations(args.args());
        n += argAnnotations(args.posonlyargs());
        if (args.vararg() != null && args.vararg().annotation() != null) {
            n += argAnnotation(args.vararg());
        }
        n += argAnnotations(args.kwonlyargs());
        if (args.kwarg() != null && args.kwarg().annotation() != null) {
            n += argAnnotation(args.kwarg());
        }
        if (returns != null) {
            loadConst(PyStr.of("return"));
            visitExpr(returns);
            n++;
        }
        if (n > 0) {
            emit(Opcode.BUILD_TUPLE, n * 2);
            return 1;
        }
        return 0;
    }

    private int argAnnotations(List<Arg> args) {
        int n = 0;
        for (Arg a : args) {
            if (a.annotation() != null) {
                n += argAnnotation(a);
            }
        }
        return n;
    }

    private int argAnnotation(Arg a) {
        loadConst(PyStr.of(mangle(a.arg())));
        visitExpr(a.annotation());
        return 1;
    }
}
