package org.minipy.compile;

import java.util.ArrayList;
import java.util.List;

/** A basic block: straight-line instructions; {@link #next} is the next block in layout order. */
final class Block {
    final int id;
    final List<Instr> instrs = new ArrayList<>();
    Block next;
    /** Filled in by the passes of the {@link Assembler}. */
    int predecessors;
    int startDepth = -1;
    boolean visited;
    boolean preserveLasti;
    int offset;
    /** The stack of active handlers on entry (exception-table pass). */
    List<Block> exceptStack;

    Block(int id) {
        this.id = id;
    }

    boolean isEmpty() {
        return instrs.isEmpty();
    }

    Instr last() {
        return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
    }

    /** Whether control can fall off the end of this block into {@link #next}. */
    boolean hasFallthrough() {
        Instr l = last();
        return l == null || !Pseudo.isUnconditional(l.opcode);
    }

    /** Whether the block ends by leaving the code object (return or raise). */
    boolean exitsScope() {
        Instr l = last();
        return l != null && Pseudo.isScopeExit(l.opcode);
    }

    @Override
    public String toString() {
        return "B" + id + instrs;
    }
}
