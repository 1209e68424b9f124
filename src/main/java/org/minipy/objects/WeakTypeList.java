package org.minipy.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The classes derived from one class, held weakly as CPython's {@code tp_subclasses}: a class
 * nothing else refers to drops out. Cleared references are swept when the list has doubled
 * since the last sweep, so recording a class costs O(1) amortised even when short-lived
 * classes are made by the million (a module body run again and again) and their references
 * are cleared only by a full collection.
 */
final class WeakTypeList {
    private final List<WeakReference<PyType>> refs = new ArrayList<>();
    private int sweepAt = 16;

    synchronized void add(PyType t) {
        if (refs.size() >= sweepAt) {
            sweep();
            sweepAt = Math.max(16, refs.size() * 2);
        }
        refs.add(new WeakReference<>(t));
    }

    /** The classes still alive, oldest first. */
    synchronized List<PyType> live() {
        sweep();
        List<PyType> out = new ArrayList<>(refs.size());
        for (WeakReference<PyType> r : refs) {
            PyType t = r.get();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private void sweep() {
        refs.removeIf(r -> r.get() == null);
    }
}
