package org.minipy.vm;

import org.minipy.objects.PyObject;

/**
 * A code object compiled to a JVM class (the second tier; see {@link Tier2}). {@link #run}
 * does what {@link Eval#loop} does for a frame of that code: it starts at {@code f.ip}, keeps
 * the frame's value stack and locals in the frame's arrays exactly as the loop does, and
 * returns the frame's result (a return, a yield, or a new generator). So a frame can move
 * between the two tiers wherever the loop would stop and start again.
 */
abstract class CompiledCode {
    abstract PyObject run(ThreadState ts, PyFrame f);
}
