package org.minipy.modules;

import org.minipy.objects.PyModule;
import org.minipy.vm.Runtime;

/** The modules written in Java that {@code import} finds by name (math, time, random, os, ...). */
public final class BuiltinModules {
    private BuiltinModules() {
    }

    /** A new instance of the built-in module {@code name}, or null if there is none. */
    public static PyModule create(String name, Runtime rt) {
        return null;
    }

    /** True if {@code name} is a built-in module (sys.builtin_module_names). */
    public static boolean exists(String name) {
        return false;
    }
}
