package org.minipy.objects;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The object model's state that belongs to one interpreter (cf. CPython's
 * {@code PyInterpreterState.types}): the Python classes derived from built-in types. Built-in
 * types are shared by every interpreter in the JVM, so they cannot hold these themselves; each
 * interpreter owns one TypeState and makes it current on the thread that runs its code.
 *
 * <p>Classes are held weakly, as CPython's {@code tp_subclasses}: a class nothing else refers
 * to disappears from {@code __subclasses__()}.
 */
public final class TypeState {
    /**
     * The TypeState of the interpreter running Python code on this thread (CPython finds its
     * interpreter through the thread state, a thread-local too). It holds no Python state of
     * its own: {@link #enter} and {@link #leave} are strictly nested around running code, so a
     * thread never sees another interpreter's classes.
     */
    private static final ThreadLocal<TypeState> CURRENT = new ThreadLocal<>();

    private final Map<PyType, WeakTypeList> builtinSubclasses = new IdentityHashMap<>();

    /** The globals of the innermost running Python frame; installed by the VM, none until then. */
    private volatile java.util.function.Supplier<PyDict> frameGlobals = () -> null;

    /** Lets the object model reach the running frame's globals (the VM installs its own). */
    public void setFrameGlobals(java.util.function.Supplier<PyDict> source) {
        frameGlobals = source;
    }

    /**
     * The globals of the innermost running Python frame of the interpreter running on this
     * thread, or null (cf. PyEval_GetGlobals): {@code type(name, bases, dict)} takes its
     * {@code __module__} from them.
     */
    public static PyDict currentGlobals() {
        TypeState s = CURRENT.get();
        return s == null ? null : s.frameGlobals.get();
    }

    /**
     * The interpreter's recursion depth, shared by Python calls and the object model's own
     * recursions (cf. CPython 3.11's {@code _Py_EnterRecursiveCall}, one counter for both).
     */
    public interface RecursionGuard {
        /** One level deeper; RecursionError ("maximum recursion depth exceeded" + where) past the limit. */
        void enter(String where);

        void leave();
    }

    private volatile RecursionGuard recursion;

    /** Installed by the VM: the depth counter that {@link #enterRecursiveCall} uses. */
    public void setRecursionGuard(RecursionGuard guard) {
        recursion = guard;
    }

    /**
     * Enters a recursion of the object model (repr of a container holding containers, ...),
     * counted against the recursion limit of the interpreter running on this thread. Pair
     * each call with {@link #leaveRecursiveCall}, in a finally.
     */
    public static void enterRecursiveCall(String where) {
        TypeState s = CURRENT.get();
        if (s != null && s.recursion != null) {
            s.recursion.enter(where);
        }
    }

    public static void leaveRecursiveCall() {
        TypeState s = CURRENT.get();
        if (s != null && s.recursion != null) {
            s.recursion.leave();
        }
    }

    /** Makes {@code state} current on this thread; returns the previous one, for {@link #leave}. */
    public static TypeState enter(TypeState state) {
        TypeState previous = CURRENT.get();
        CURRENT.set(state);
        return previous;
    }

    /** Restores the TypeState that {@link #enter} returned. */
    public static void leave(TypeState previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /** The TypeState of the interpreter running on this thread, or null outside any. */
    public static TypeState current() {
        return CURRENT.get();
    }

    /** Records that the heap type {@code sub} derives directly from the built-in type {@code base}. */
    public synchronized void addSubclass(PyType base, PyType sub) {
        builtinSubclasses.computeIfAbsent(base, b -> new WeakTypeList()).add(sub);
    }

    /** The live heap subclasses of the built-in type {@code base} recorded here, oldest first. */
    public synchronized List<PyType> subclasses(PyType base) {
        WeakTypeList list = builtinSubclasses.get(base);
        return list == null ? List.of() : list.live();
    }
}
