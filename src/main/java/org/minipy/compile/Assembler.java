package org.minipy.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.minipy.code.Code;
import org.minipy.code.Opcode;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyTuple;

/**
 * Turns a {@link Unit}'s control-flow graph into a {@link Code} object, following CPython 3.11's
 * {@code assemble()}: peephole optimisation of each block, removal of unreachable code, line
 * number propagation, the stack-depth pass, the exception table from the SETUP_* / POP_BLOCK
 * markers, jump direction and EXTENDED_ARG sizing, then the bytes, line table and exception table.
 *
 * <p>Cell and free variable instructions come in with a "cell reference" argument (index into
 * cellvars, then freevars after them) and leave with a localsplus index.
 */
final class Assembler {
    /** Longest exit block copied to a jump that reaches it (cf. MAX_COPY_SIZE). */
    private static final int MAX_COPY_SIZE = 4;

    private final Unit u;
    private final String filename;
    private final int flags;

    private Assembler(Unit u, String filename, int flags) {
        this.u = u;
        this.filename = filename;
        this.flags = flags;
    }

    static Code assemble(Unit u, String filename, int flags) {
        return new Assembler(u, filename, flags).run();
    }

    private List<Block> blocks() {
        List<Block> l = new ArrayList<>();
        for (Block b = u.entry; b != null; b = b.next) {
            l.add(b);
        }
        return l;
    }

    private Code run() {
        // localsplus layout: locals, cells that are not parameters, free variables
        List<String> lpNames = new ArrayList<>(u.varnames.keySet());
        List<Byte> lpKinds = new ArrayList<>();
        for (int i = 0; i < lpNames.size(); i++) {
            lpKinds.add(Code.KIND_LOCAL);
        }
        int ncells = u.cellvars.size();
        int[] refToIndex = new int[ncells + u.freevars.size()];
        for (int i = 0; i < ncells; i++) {
            String c = u.cellvars.get(i);
            Integer at = u.varnames.get(c);
            if (at != null) {
                lpKinds.set(at, (byte) (Code.KIND_LOCAL | Code.KIND_CELL));
                refToIndex[i] = at;
            } else {
                refToIndex[i] = lpNames.size();
                lpNames.add(c);
                lpKinds.add(Code.KIND_CELL);
            }
        }
        for (int j = 0; j < u.freevars.size(); j++) {
            refToIndex[ncells + j] = lpNames.size();
            lpNames.add(u.freevars.get(j));
            lpKinds.add(Code.KIND_FREE);
        }
        fixCellOffsets(refToIndex);
        insertPrefix(refToIndex, ncells);

        eliminateEmptyBlocks();
        markReachable();
        linePopBlocks();
        labelExceptionTargets();
        for (Block b : blocks()) {
            optimizeBlock(b);
            cleanBlock(b);
        }
        for (Block b : blocks()) {
            extendBlock(b);
        }
        markReachable();
        for (Block b : blocks()) {
            if (b.predecessors == 0) {
                b.instrs.clear();
            }
        }
        eliminateEmptyBlocks();
        for (Block b : blocks()) {
            cleanBlock(b);
        }
        if (removeRedundantJumps()) {
            eliminateEmptyBlocks();
        }
        duplicateExitsWithoutLineno();
        trimUnusedConsts();
        propagateLineNumbers();
        guaranteeLinenoForExits();
        int maxDepth = stackDepth();
        for (Block b : blocks()) {
            for (Instr i : b.instrs) {
                if (i.isBlockPush()) {
                    i.opcode = Opcode.NOP;
                    i.arg = 0;
                    i.target = null;
                }
            }
            cleanBlock(b);
        }
        eliminateEmptyBlocks();
        normalizeJumps();
        resolveJumpOffsets();
        return emit(maxDepth, lpNames, lpKinds);
    }

    // ---- cells and prefix ---------------------------------------------------------------------

    private static boolean usesCellRef(int op) {
        return op == Opcode.LOAD_DEREF || op == Opcode.STORE_DEREF || op == Opcode.DELETE_DEREF
                || op == Opcode.LOAD_CLOSURE || op == Opcode.LOAD_CLASSDEREF || op == Opcode.MAKE_CELL;
    }

    private void fixCellOffsets(int[] refToIndex) {
        for (Block b : blocks()) {
            for (Instr i : b.instrs) {
                if (usesCellRef(i.opcode)) {
                    i.arg = refToIndex[i.arg];
                }
            }
        }
    }

    /** cf. insert_prefix_instructions: COPY_FREE_VARS, MAKE_CELL..., RETURN_GENERATOR, POP_TOP. */
    private void insertPrefix(int[] refToIndex, int ncells) {
        List<Instr> prefix = new ArrayList<>();
        if (!u.freevars.isEmpty()) {
            prefix.add(Instr.noLocation(Opcode.COPY_FREE_VARS, u.freevars.size(), null));
        }
        int[] cells = java.util.Arrays.copyOf(refToIndex, ncells);
        java.util.Arrays.sort(cells); // in localsplus order, as CPython
        for (int c : cells) {
            prefix.add(Instr.noLocation(Opcode.MAKE_CELL, c, null));
        }
        if ((flags & Code.CO_GENERATOR) != 0) {
            prefix.add(new Instr(Opcode.RETURN_GENERATOR, 0, null, u.firstlineno, u.firstlineno, -1, -1));
            prefix.add(Instr.noLocation(Opcode.POP_TOP, 0, null));
        }
        u.entry.instrs.addAll(0, prefix);
    }

    // ---- CFG clean-up -------------------------------------------------------------------------

    private void eliminateEmptyBlocks() {
        for (Block b = u.entry; b != null; b = b.next) {
            Block n = b.next;
            while (n != null && n.isEmpty()) {
                n = n.next;
            }
            b.next = n;
        }
        for (Block b = u.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.target != null) {
                    Block t = i.target;
                    while (t.isEmpty() && t.next != null) {
                        t = t.next;
                    }
                    i.target = t;
                }
            }
        }
    }

    /** cf. clean_basic_block: drop NOPs that carry no line number of their own. */
    private void cleanBlock(Block b) {
        List<Instr> out = new ArrayList<>(b.instrs.size());
        int prevLine = -1;
        List<Instr> in = b.instrs;
        for (int k = 0; k < in.size(); k++) {
            Instr i = in.get(k);
            if (i.opcode == Opcode.NOP) {
                int line = i.line;
                if (line < 0 || prevLine == line) {
                    continue;
                }
                if (k < in.size() - 1) {
                    Instr nx = in.get(k + 1);
                    if (nx.line == line) {
                        continue;
                    }
                    if (nx.line < 0) {
                        nx.copyLocation(i);
                        continue;
                    }
                } else {
                    Block n = b.next;
                    while (n != null && n.isEmpty()) {
                        n = n.next;
                    }
                    if (n != null && n.instrs.get(0).line == line) {
                        continue;
                    }
                }
            }
            out.add(i);
            prevLine = i.line;
        }
        b.instrs.clear();
        b.instrs.addAll(out);
    }

    private static Instr firstOf(Block b) {
        while (b != null && b.isEmpty()) {
            b = b.next;
        }
        return b == null ? null : b.instrs.get(0);
    }

    private boolean jumpThread(Instr inst, Instr target, int opcode) {
        if (inst.line == target.line && inst.target != target.target) {
            inst.target = target.target;
            inst.opcode = opcode;
            return true;
        }
        return false;
    }

    private boolean isTrue(PyObject c) {
        return Abstract.isTrue(c);
    }

    /** cf. optimize_basic_block: constant conditions, tuple folding, jump threading, NULL+global. */
    private void optimizeBlock(Block b) {
        List<Instr> in = b.instrs;
        for (int k = 0; k < in.size(); k++) {
            Instr inst = in.get(k);
            Instr next = k + 1 < in.size() ? in.get(k + 1) : null;
            int nextop = next == null ? 0 : next.opcode;
            Instr target = inst.target != null ? firstOf(inst.target) : null;
            switch (inst.opcode) {
                case Opcode.LOAD_CONST: {
                    PyObject cnt = u.consts.get(inst.arg);
                    if (nextop == Pseudo.POP_JUMP_IF_FALSE || nextop == Pseudo.POP_JUMP_IF_TRUE) {
                        boolean jumpIfTrue = nextop == Pseudo.POP_JUMP_IF_TRUE;
                        inst.opcode = Opcode.NOP;
                        if (isTrue(cnt) == jumpIfTrue) {
                            next.opcode = Pseudo.JUMP;
                        } else {
                            next.opcode = Opcode.NOP;
                            next.target = null;
                        }
                    } else if (nextop == Opcode.JUMP_IF_FALSE_OR_POP || nextop == Opcode.JUMP_IF_TRUE_OR_POP) {
                        boolean jumpIfTrue = nextop == Opcode.JUMP_IF_TRUE_OR_POP;
                        if (isTrue(cnt) == jumpIfTrue) {
                            next.opcode = Pseudo.JUMP;
                        } else {
                            inst.opcode = Opcode.NOP;
                            next.opcode = Opcode.NOP;
                            next.target = null;
                        }
                    } else if (nextop == Opcode.IS_OP && k + 2 < in.size() && cnt == PyNone.None) {
                        Instr jump = in.get(k + 2);
                        if (jump.opcode == Pseudo.POP_JUMP_IF_FALSE || jump.opcode == Pseudo.POP_JUMP_IF_TRUE) {
                            boolean notNone = (next.arg ^ (jump.opcode == Pseudo.POP_JUMP_IF_FALSE ? 1 : 0)) != 0;
                            inst.opcode = Opcode.NOP;
                            next.opcode = Opcode.NOP;
                            next.arg = 0;
                            jump.opcode = notNone ? Pseudo.POP_JUMP_IF_NOT_NONE : Pseudo.POP_JUMP_IF_NONE;
                        }
                    }
                    break;
                }
                case Opcode.BUILD_TUPLE:
                    if (nextop == Opcode.UNPACK_SEQUENCE && inst.arg == next.arg) {
                        if (inst.arg == 1) {
                            inst.opcode = Opcode.NOP;
                            next.opcode = Opcode.NOP;
                            next.arg = 0;
                            break;
                        } else if (inst.arg == 2 || inst.arg == 3) {
                            inst.opcode = Opcode.NOP;
                            next.opcode = Opcode.SWAP;
                            break;
                        }
                    }
                    foldTupleOfConstants(in, k);
                    break;
                case Opcode.JUMP_IF_FALSE_OR_POP:
                case Opcode.JUMP_IF_TRUE_OR_POP: {
                    boolean onFalse = inst.opcode == Opcode.JUMP_IF_FALSE_OR_POP;
                    int same = onFalse ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
                    int other = onFalse ? Opcode.JUMP_IF_TRUE_OR_POP : Opcode.JUMP_IF_FALSE_OR_POP;
                    int samePop = onFalse ? Pseudo.POP_JUMP_IF_FALSE : Pseudo.POP_JUMP_IF_TRUE;
                    int otherPop = onFalse ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE;
                    if (target == null) {
                        break;
                    }
                    if (target.opcode == samePop) {
                        if (jumpThread(inst, target, samePop)) {
                            k--;
                        }
                    } else if (target.opcode == Pseudo.JUMP || target.opcode == same) {
                        if (jumpThread(inst, target, same)) {
                            k--;
                        }
                    } else if (target.opcode == other || target.opcode == otherPop) {
                        if (inst.line == target.line) {
                            Block after = inst.target;
                            while (after.isEmpty()) {
                                after = after.next;
                            }
                            inst.opcode = samePop;
                            inst.target = after.next;
                            k--;
                        }
                    }
                    break;
                }
                case Pseudo.POP_JUMP_IF_FALSE:
                case Pseudo.POP_JUMP_IF_TRUE:
                case Pseudo.POP_JUMP_IF_NONE:
                case Pseudo.POP_JUMP_IF_NOT_NONE:
                case Pseudo.JUMP:
                    if (target != null && target.opcode == Pseudo.JUMP && jumpThread(inst, target, inst.opcode)) {
                        k--;
                    }
                    break;
                case Opcode.PUSH_NULL:
                    if (nextop == Opcode.LOAD_GLOBAL && (next.arg & 1) == 0) {
                        inst.opcode = Opcode.NOP;
                        next.arg |= 1;
                    }
                    break;
                case Opcode.SWAP:
                    if (inst.arg == 1) {
                        inst.opcode = Opcode.NOP;
                    }
                    break;
                default:
                    break;
            }
        }
        applyStaticSwaps(b);
    }

    /** cf. fold_tuple_on_constants: LOAD_CONST x n; BUILD_TUPLE n -> LOAD_CONST (tuple). */
    private void foldTupleOfConstants(List<Instr> in, int k) {
        Instr build = in.get(k);
        int n = build.arg;
        if (k < n) {
            return;
        }
        PyObject[] items = new PyObject[n];
        for (int j = 0; j < n; j++) {
            Instr ld = in.get(k - n + j);
            if (ld.opcode != Opcode.LOAD_CONST) {
                return;
            }
            items[j] = u.consts.get(ld.arg);
        }
        for (int j = 0; j < n; j++) {
            Instr ld = in.get(k - n + j);
            ld.opcode = Opcode.NOP;
            ld.arg = 0;
        }
        build.opcode = Opcode.LOAD_CONST;
        build.arg = u.addConst(PyTuple.of(items));
    }

    /**
     * cf. apply_static_swaps: a SWAP followed by stores that cannot observe the order is
     * replaced by exchanging the stores themselves.
     */
    private void applyStaticSwaps(Block b) {
        List<Instr> in = b.instrs;
        for (int k = in.size() - 1; k >= 0; k--) {
            Instr swap = in.get(k);
            if (swap.opcode != Opcode.SWAP) {
                continue;
            }
            int j = nextSwappable(in, k);
            if (j < 0) {
                continue;
            }
            int n = swap.arg;
            int target = j;
            boolean ok = true;
            for (int c = 1; c < n; c++) {
                target = nextSwappable(in, target);
                if (target < 0) {
                    ok = false;
                    break;
                }
            }
            if (!ok) {
                continue;
            }
            // Stores to the same local must keep their order.
            Instr a = in.get(j);
            Instr z = in.get(target);
            if (a.opcode == Opcode.STORE_FAST && z.opcode == Opcode.STORE_FAST && a.arg == z.arg) {
                continue;
            }
            boolean conflict = false;
            if (a.opcode == Opcode.STORE_FAST) {
                for (int m = j + 1; m < target; m++) {
                    Instr mid = in.get(m);
                    if (mid.opcode == Opcode.STORE_FAST && mid.arg == a.arg) {
                        conflict = true;
                    }
                }
            }
            if (conflict) {
                continue;
            }
            swap.opcode = Opcode.NOP;
            swap.arg = 0;
            in.set(j, z);
            in.set(target, a);
        }
    }

    private static int nextSwappable(List<Instr> in, int k) {
        for (int j = k + 1; j < in.size(); j++) {
            int op = in.get(j).opcode;
            if (op == Opcode.NOP) {
                continue;
            }
            return op == Opcode.STORE_FAST || op == Opcode.POP_TOP ? j : -1;
        }
        return -1;
    }

    /** cf. extend_block: a jump to a short artificial block that returns or raises gets a copy of it. */
    private void extendBlock(Block b) {
        Instr last = b.last();
        if (last == null || !Pseudo.isUnconditionalJump(last.opcode) || last.opcode == Pseudo.JUMP_NO_INTERRUPT) {
            return;
        }
        Block t = last.target;
        if (isExitWithoutLineno(t) && t.instrs.size() <= MAX_COPY_SIZE) {
            last.opcode = Opcode.NOP;
            last.target = null;
            for (Instr i : t.instrs) {
                b.instrs.add(i.copy());
            }
        }
    }

    private void markReachable() {
        for (Block b = u.entry; b != null; b = b.next) {
            b.predecessors = 0;
        }
        Deque<Block> todo = new ArrayDeque<>();
        todo.push(u.entry);
        u.entry.predecessors = 1;
        while (!todo.isEmpty()) {
            Block b = todo.pop();
            if (b.next != null && b.hasFallthrough()) {
                if (b.next.predecessors == 0) {
                    todo.push(b.next);
                }
                b.next.predecessors++;
            }
            for (Instr i : b.instrs) {
                if (i.target != null && (i.isJump() || i.isBlockPush())) {
                    if (i.target.predecessors == 0) {
                        todo.push(i.target);
                    }
                    i.target.predecessors++;
                }
            }
        }
    }

    private boolean removeRedundantJumps() {
        boolean removed = false;
        for (Block b = u.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && (last.opcode == Pseudo.JUMP || last.opcode == Pseudo.JUMP_NO_INTERRUPT)
                    && last.target == b.next) {
                last.opcode = Opcode.NOP;
                last.target = null;
                cleanBlock(b);
                removed = true;
            }
        }
        return removed;
    }

    private static boolean isExitWithoutLineno(Block b) {
        if (!b.exitsScope()) {
            return false;
        }
        for (Instr i : b.instrs) {
            if (i.line >= 0) {
                return false;
            }
        }
        return true;
    }

    /** cf. duplicate_exits_without_lineno: each jump to an artificial exit gets its own copy. */
    private void duplicateExitsWithoutLineno() {
        for (Block b = u.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && last.isJump()) {
                Block t = last.target;
                if (isExitWithoutLineno(t) && t.predecessors > 1) {
                    Block copy = u.newBlock();
                    for (Instr i : t.instrs) {
                        copy.instrs.add(i.copy());
                    }
                    copy.instrs.get(0).copyLocation(last);
                    last.target = copy;
                    t.predecessors--;
                    copy.predecessors = 1;
                    copy.next = t.next;
                    t.next = copy;
                }
            }
        }
        for (Block b = u.entry; b != null; b = b.next) {
            if (b.hasFallthrough() && b.next != null && !b.isEmpty() && isExitWithoutLineno(b.next)) {
                b.next.instrs.get(0).copyLocation(b.last());
            }
        }
    }

    private void trimUnusedConsts() {
        int max = 0;
        for (Block b = u.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.opcode == Opcode.LOAD_CONST || i.opcode == Opcode.KW_NAMES) {
                    max = Math.max(max, i.arg);
                }
            }
        }
        while (u.consts.size() > max + 1) {
            u.consts.remove(u.consts.size() - 1);
        }
    }

    private void propagateLineNumbers() {
        for (Block b = u.entry; b != null; b = b.next) {
            if (b.isEmpty()) {
                continue;
            }
            Instr prev = Instr.noLocation(Opcode.NOP, 0, null);
            for (Instr i : b.instrs) {
                if (i.line < 0) {
                    i.copyLocation(prev);
                } else {
                    prev = i;
                }
            }
            if (b.hasFallthrough() && b.next != null && b.next.predecessors == 1 && b.next.instrs.get(0).line < 0) {
                b.next.instrs.get(0).copyLocation(prev);
            }
            Instr last = b.last();
            if (last.isJump() && last.target.predecessors == 1 && last.target.instrs.get(0).line < 0) {
                last.target.instrs.get(0).copyLocation(prev);
            }
        }
    }

    /**
     * Before optimising, a POP_BLOCK that starts a block reached from one place takes the line
     * of what leads to it (so, as in CPython, its NOP may survive as a line marker), and the
     * artificial instructions after it in its block follow.
     */
    private void linePopBlocks() {
        for (Block b = u.entry; b != null; b = b.next) {
            Instr prev = Instr.noLocation(Opcode.NOP, 0, null);
            for (Instr i : b.instrs) {
                if (i.line >= 0) {
                    prev = i;
                }
            }
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            if (b.hasFallthrough() && b.next != null && b.next.predecessors == 1) {
                linePopBlock(b.next, prev);
            }
            if (last.isJump() && last.target.predecessors == 1) {
                linePopBlock(last.target, prev);
            }
        }
    }

    private static void linePopBlock(Block b, Instr from) {
        if (from.line < 0 || b.isEmpty() || b.instrs.get(0).opcode != Pseudo.POP_BLOCK || b.instrs.get(0).line >= 0) {
            return;
        }
        for (Instr i : b.instrs) {
            if (i.line >= 0) {
                break;
            }
            i.copyLocation(from);
        }
    }

    private void guaranteeLinenoForExits() {
        int line = u.firstlineno;
        for (Block b = u.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            if (last.line < 0) {
                if (last.opcode == Opcode.RETURN_VALUE) {
                    for (Instr i : b.instrs) {
                        i.line = line;
                    }
                }
            } else {
                line = last.line;
            }
        }
    }

    // ---- stack depth and exception table ------------------------------------------------------

    private int stackDepth() {
        for (Block b = u.entry; b != null; b = b.next) {
            b.startDepth = -1;
        }
        Deque<Block> todo = new ArrayDeque<>();
        int max = 0;
        u.entry.startDepth = 0;
        todo.push(u.entry);
        while (!todo.isEmpty()) {
            Block b = todo.pop();
            int depth = b.startDepth;
            Block next = b.next;
            for (Instr i : b.instrs) {
                int effect = Pseudo.stackEffect(i.opcode, i.arg, false);
                int newDepth = depth + effect;
                if (newDepth < 0) {
                    throw new IllegalStateException("stack underflow in " + u.qualname + " at " + i);
                }
                max = Math.max(max, newDepth);
                if (i.target != null) {
                    int targetDepth = depth + Pseudo.stackEffect(i.opcode, i.arg, true);
                    max = Math.max(max, targetDepth);
                    push(todo, i.target, targetDepth);
                }
                depth = newDepth;
                if (Pseudo.isUnconditional(i.opcode)) {
                    next = null;
                    break;
                }
            }
            if (next != null) {
                push(todo, next, depth);
            }
        }
        return max;
    }

    private void push(Deque<Block> todo, Block b, int depth) {
        if (b.startDepth < 0) {
            b.startDepth = depth;
            todo.push(b);
        } else if (b.startDepth != depth) {
            throw new IllegalStateException("inconsistent stack depth at B" + b.id + " in " + u.qualname
                    + ": " + b.startDepth + " vs " + depth);
        }
    }

    /**
     * cf. label_exception_targets: records the innermost active handler of every instruction,
     * before optimisation as in CPython 3.11 (POP_BLOCK becomes a NOP here; the SETUP_*
     * markers stay until the stack depths are known, as they carry the handlers' depths).
     */
    private void labelExceptionTargets() {
        for (Block b = u.entry; b != null; b = b.next) {
            b.visited = false;
            b.exceptStack = null;
        }
        Deque<Block> todo = new ArrayDeque<>();
        u.entry.exceptStack = new ArrayList<>();
        u.entry.visited = true;
        todo.push(u.entry);
        while (!todo.isEmpty()) {
            Block b = todo.pop();
            List<Block> stack = b.exceptStack;
            b.exceptStack = null;
            Block handler = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            for (Instr i : b.instrs) {
                if (i.isBlockPush()) {
                    if (!i.target.visited) {
                        i.target.exceptStack = new ArrayList<>(stack);
                        i.target.visited = true;
                        todo.push(i.target);
                    }
                    stack.add(i.target);
                    if (i.opcode == Pseudo.SETUP_WITH || i.opcode == Pseudo.SETUP_CLEANUP) {
                        i.target.preserveLasti = true;
                    }
                    handler = i.target;
                } else if (i.opcode == Pseudo.POP_BLOCK) {
                    stack.remove(stack.size() - 1);
                    handler = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                    i.opcode = Opcode.NOP;
                } else if (i.isJump()) {
                    i.except = handler;
                    if (!i.target.visited) {
                        i.target.exceptStack = new ArrayList<>(stack);
                        i.target.visited = true;
                        todo.push(i.target);
                    }
                } else {
                    i.except = handler;
                }
            }
            if (b.hasFallthrough() && b.next != null && !b.next.visited) {
                b.next.exceptStack = stack;
                b.next.visited = true;
                todo.push(b.next);
            }
        }
    }

    // ---- layout -------------------------------------------------------------------------------

    private void normalizeJumps() {
        for (Block b = u.entry; b != null; b = b.next) {
            b.visited = false;
        }
        for (Block b = u.entry; b != null; b = b.next) {
            b.visited = true;
            for (Instr i : b.instrs) {
                if (!i.isJump()) {
                    continue;
                }
                boolean forward = !i.target.visited;
                switch (i.opcode) {
                    case Pseudo.JUMP -> i.opcode = forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD;
                    case Pseudo.JUMP_NO_INTERRUPT ->
                            i.opcode = forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD_NO_INTERRUPT;
                    case Pseudo.POP_JUMP_IF_FALSE ->
                            i.opcode = forward ? Opcode.POP_JUMP_FORWARD_IF_FALSE : Opcode.POP_JUMP_BACKWARD_IF_FALSE;
                    case Pseudo.POP_JUMP_IF_TRUE ->
                            i.opcode = forward ? Opcode.POP_JUMP_FORWARD_IF_TRUE : Opcode.POP_JUMP_BACKWARD_IF_TRUE;
                    case Pseudo.POP_JUMP_IF_NONE ->
                            i.opcode = forward ? Opcode.POP_JUMP_FORWARD_IF_NONE : Opcode.POP_JUMP_BACKWARD_IF_NONE;
                    case Pseudo.POP_JUMP_IF_NOT_NONE -> i.opcode =
                            forward ? Opcode.POP_JUMP_FORWARD_IF_NOT_NONE : Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE;
                    default -> {
                        if (!forward) {
                            throw new IllegalStateException(Opcode.name(i.opcode) + " cannot jump backward");
                        }
                    }
                }
            }
        }
    }

    private static int size(int arg) {
        if (arg > 0xffffff || arg < 0) {
            return 4;
        } else if (arg > 0xffff) {
            return 3;
        } else if (arg > 0xff) {
            return 2;
        }
        return 1;
    }

    /** Assigns offsets (code units) and jump arguments, growing EXTENDED_ARG prefixes until stable. */
    private void resolveJumpOffsets() {
        boolean changed = true;
        while (changed) {
            int off = 0;
            for (Block b = u.entry; b != null; b = b.next) {
                b.offset = off;
                for (Instr i : b.instrs) {
                    off += size(i.arg);
                }
            }
            changed = false;
            for (Block b = u.entry; b != null; b = b.next) {
                int at = b.offset;
                for (Instr i : b.instrs) {
                    int before = size(i.arg);
                    if (i.target != null) {
                        Opcode.Info info = Opcode.info(i.opcode);
                        int end = at + before;
                        i.arg = info.kind() == Opcode.ArgKind.JUMP_BACKWARD ? end - i.target.offset
                                : i.target.offset - end;
                        if (size(i.arg) != before) {
                            changed = true;
                        }
                    }
                    at += before;
                }
            }
        }
    }

    private Code emit(int maxDepth, List<String> lpNames, List<Byte> lpKinds) {
        List<Integer> units = new ArrayList<>();
        List<Instr> locs = new ArrayList<>();
        List<int[]> table = new ArrayList<>();
        Block handler = null;
        int start = -1;
        int off = 0;
        for (Block b = u.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.except != handler) {
                    if (handler != null) {
                        table.add(entry(start, off, handler));
                    }
                    start = off;
                    handler = i.except;
                }
                int n = size(i.arg);
                for (int s = n - 1; s >= 1; s--) {
                    units.add(Opcode.EXTENDED_ARG | (((i.arg >>> (8 * s)) & 0xff) << 8));
                    locs.add(i);
                }
                units.add(i.opcode | ((i.arg & 0xff) << 8));
                locs.add(i);
                off += n;
            }
        }
        if (handler != null) {
            table.add(entry(start, off, handler));
        }
        byte[] code = new byte[units.size() * 2];
        int[] lineTable = new int[units.size()];
        int[] positions = new int[4 * units.size()];
        for (int k = 0; k < units.size(); k++) {
            int w = units.get(k);
            code[2 * k] = (byte) (w & 0xff);
            code[2 * k + 1] = (byte) (w >>> 8);
            Instr i = locs.get(k);
            lineTable[k] = i.line;
            position(i, positions, 4 * k);
        }
        int[] exc = new int[table.size() * 5];
        for (int k = 0; k < table.size(); k++) {
            System.arraycopy(table.get(k), 0, exc, 5 * k, 5);
        }
        String[] names = u.names.keySet().toArray(new String[0]);
        byte[] kinds = new byte[lpKinds.size()];
        for (int k = 0; k < kinds.length; k++) {
            kinds[k] = lpKinds.get(k);
        }
        return new Code(u.argcount + u.posonlyargcount, u.posonlyargcount, u.kwonlyargcount, flags, maxDepth,
                code, u.consts.toArray(new PyObject[0]), names, lpNames.toArray(new String[0]), kinds,
                filename, u.name, u.qualname, u.firstlineno, lineTable, positions, exc);
    }

    /**
     * The (line, endLine, col, endCol) CPython's location table would give back for i: nothing
     * without a line; without columns the end line is the line (unless it is another line).
     */
    private static void position(Instr i, int[] out, int at) {
        int line = i.line, endLine = i.endLine, col = i.col, endCol = i.endCol;
        if (line < 0) {
            line = endLine = col = endCol = -1;
        } else if ((col < 0 || endCol < 0) && (endLine == line || endLine == -1)) {
            col = endCol = -1;
            endLine = line;
        }
        out[at] = line;
        out[at + 1] = endLine;
        out[at + 2] = col;
        out[at + 3] = endCol;
    }

    private static int[] entry(int start, int end, Block handler) {
        int depth = handler.startDepth - 1 - (handler.preserveLasti ? 1 : 0);
        return new int[]{start, end, handler.offset, depth, handler.preserveLasti ? 1 : 0};
    }
}
