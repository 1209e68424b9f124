package org.minipy.compile;

/**
 * An entry of the "frame block" stack (CPython's {@code fblockinfo}): what a return, break or
 * continue inside it must undo on the way out.
 */
record FBlock(Type type, Block block, Block exit, Object datum) {
    enum Type { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, HANDLER_CLEANUP, POP_VALUE,
        EXCEPTION_HANDLER }
}
