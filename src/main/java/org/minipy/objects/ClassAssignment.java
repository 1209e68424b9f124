package org.minipy.objects;

/**
 * The layout rule of {@code obj.__class__ = cls} (cf. CPython's compatible_for_assignment,
 * compatible_with_tp_base and same_slots_added): the two classes must reach the same built-in
 * layout, and what each Python class adds to it ({@code __dict__}, {@code __weakref__}) must
 * be the same.
 */
public final class ClassAssignment {
    private ClassAssignment() {
    }

    /** An object whose class can be replaced (every Java class that instances of Python classes use). */
    public interface Target {
        /** Replaces the object's class; the caller has checked the layouts. */
        void setType(PyType type);
    }

    /** True if an instance of {@code oldto} may become an instance of {@code newto}. */
    static boolean compatible(PyType oldto, PyType newto) {
        PyType newbase = layoutBase(newto);
        PyType oldbase = layoutBase(oldto);
        if (newbase == oldbase) {
            return true;
        }
        return newbase.getBase() == oldbase.getBase() && sameSlotsAdded(newbase, oldbase);
    }

    /** The nearest class in the base chain whose instance layout differs from its base's. */
    private static PyType layoutBase(PyType t) {
        while (t.getBase() != null && sameLayoutAsBase(t)) {
            t = t.getBase();
        }
        return t;
    }

    private static boolean sameLayoutAsBase(PyType t) {
        if (t.isHeap()) {
            return !t.addedDict() && !t.addedWeakref();
        }
        // built-in exceptions share one Java layout; other built-in types each have their own
        PyType.Allocator a = t.allocator();
        return a != null && a == t.getBase().allocator();
    }

    /**
     * Two Python classes over the same base that added the same slots. Over the variable-size
     * int, bytes and tuple the instance dict sits after the items, at an offset of its own, so
     * two such classes never match (CPython's same_slots_added compares sizes).
     */
    private static boolean sameSlotsAdded(PyType a, PyType b) {
        if (!a.isHeap() || !b.isHeap()) {
            return false;
        }
        PyType base = a.getBase();
        if (base.isSubtypeOf(PyInt.TYPE) || base.isSubtypeOf(PyBytes.TYPE) || base.isSubtypeOf(PyTuple.TYPE)) {
            return false;
        }
        return a.addedDict() == b.addedDict() && a.addedWeakref() == b.addedWeakref();
    }
}
