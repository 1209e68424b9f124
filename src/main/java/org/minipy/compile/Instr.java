package org.minipy.compile;

/**
 * One instruction of the control-flow graph: opcode (real or {@link Pseudo}), argument, jump
 * target, and source location (cf. CPython 3.11's struct instr: i_lineno, i_end_lineno,
 * i_col_offset, i_end_col_offset; columns are UTF-8 byte offsets, -1 for none).
 */
final class Instr {
    int opcode;
    int arg;
    /** The target of a jump or of a SETUP_* pseudo-instruction, else null. */
    Block target;
    /** Source line, -1 for an artificial instruction (gets its location from its neighbours). */
    int line;
    int endLine;
    int col;
    int endCol;
    /** The handler block in force here (set by the exception-table pass), or null. */
    Block except;

    Instr(int opcode, int arg, Block target, int line, int endLine, int col, int endCol) {
        this.opcode = opcode;
        this.arg = arg;
        this.target = target;
        this.line = line;
        this.endLine = endLine;
        this.col = col;
        this.endCol = endCol;
    }

    /** An artificial instruction: no location. */
    static Instr noLocation(int opcode, int arg, Block target) {
        return new Instr(opcode, arg, target, -1, -1, -1, -1);
    }

    Instr copy() {
        Instr i = new Instr(opcode, arg, target, line, endLine, col, endCol);
        i.except = except;
        return i;
    }

    /** cf. COPY_INSTR_LOC(from, this). */
    void copyLocation(Instr from) {
        line = from.line;
        endLine = from.endLine;
        col = from.col;
        endCol = from.endCol;
    }

    boolean isJump() {
        return Pseudo.isJump(opcode);
    }

    boolean isBlockPush() {
        return Pseudo.isBlockPush(opcode);
    }

    @Override
    public String toString() {
        return Pseudo.name(opcode) + " " + arg + (target != null ? " -> B" + target.id : "") + " @" + line
                + ":" + col + "-" + endLine + ":" + endCol;
    }
}
