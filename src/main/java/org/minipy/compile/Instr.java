package org.minipy.compile;

/** One instruction of the control-flow graph: opcode (real or {@link Pseudo}), argument, jump target, line. */
final class Instr {
    int opcode;
    int arg;
    /** The target of a jump or of a SETUP_* pseudo-instruction, else null. */
    Block target;
    /** Source line, -1 for an artificial instruction (gets its line from its neighbours). */
    int line;
    /** The handler block in force here (set by the exception-table pass), or null. */
    Block except;

    Instr(int opcode, int arg, Block target, int line) {
        this.opcode = opcode;
        this.arg = arg;
        this.target = target;
        this.line = line;
    }

    Instr copy() {
        Instr i = new Instr(opcode, arg, target, line);
        i.except = except;
        return i;
    }

    boolean isJump() {
        return Pseudo.isJump(opcode);
    }

    boolean isBlockPush() {
        return Pseudo.isBlockPush(opcode);
    }

    @Override
    public String toString() {
        return Pseudo.name(opcode) + " " + arg + (target != null ? " -> B" + target.id : "") + " @" + line;
    }
}
