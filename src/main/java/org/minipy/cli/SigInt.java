package org.minipy.cli;

/**
 * Ctrl-C while a script runs without the REPL: the first SIGINT asks the interpreter for a
 * KeyboardInterrupt (traceback, as python3 prints it); a second one while the first is still
 * pending (code blocked outside the eval loop) ends the process with status 130 as the default
 * action would. Uses the JDK's {@code sun.misc.Signal}; where that is unavailable nothing changes.
 */
final class SigInt {
    private SigInt() {
    }

    /** Installs the handler; returns false if signals cannot be handled here. */
    static boolean install(org.minipy.Interpreter py) {
        try {
            boolean[] pending = new boolean[1];
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> {
                if (pending[0]) {
                    Runtime.getRuntime().halt(130);
                }
                pending[0] = true;
                py.interrupt();
                new Thread(() -> {
                    try {
                        Thread.sleep(2000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    pending[0] = false;
                }, "minipy-sigint").start();
            });
            return true;
        } catch (IllegalArgumentException | LinkageError e) {
            return false;
        }
    }
}
