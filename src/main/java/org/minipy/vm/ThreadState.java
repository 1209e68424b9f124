package org.minipy.vm;

import org.minipy.objects.PyBaseException;

/**
 * The state of the one thread that runs Python code in an interpreter (CPython's
 * {@code PyThreadState}): the innermost frame, the frame depth for the recursion limit, and the
 * stack of exceptions being handled ({@code sys.exception()}).
 */
final class ThreadState {
    /** One level of the "exception being handled" stack (CPython's {@code _PyErr_StackItem}). */
    static final class ExcItem {
        PyBaseException value;
        ExcItem previous;
    }

    final InterpreterState interp;
    PyFrame frame;
    int depth;
    int recursionLimit = 1000;
    /** The innermost level: the thread's own, or that of a running generator. */
    ExcItem excInfo = new ExcItem();
    /** Frames (innermost first) at the moment an internal error was first seen, for its report. */
    java.util.List<String> internalTrace;

    ThreadState(InterpreterState interp) {
        this.interp = interp;
    }

    /**
     * One level deeper (a Python call, or a recursion of the object model such as a nested
     * container's repr): RecursionError past the limit, "maximum recursion depth exceeded"
     * followed by {@code where} (cf. _Py_EnterRecursiveCall). Pair with {@code depth--}.
     */
    void enterRecursiveCall(String where) {
        if (++depth > recursionLimit) {
            depth--;
            throw org.minipy.objects.PyErr.recursionError("maximum recursion depth exceeded" + where);
        }
    }

    /** The exception currently being handled, or null ({@code sys.exception()}). */
    PyBaseException handledException() {
        for (ExcItem i = excInfo; i != null; i = i.previous) {
            if (i.value != null) {
                return i.value;
            }
        }
        return null;
    }
}
