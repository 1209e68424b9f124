package org.minipy.builtins;

import org.minipy.objects.PyModule;
import org.minipy.vm.Runtime;

/** Creates the {@code builtins} module of one interpreter. */
public final class BuiltinsModule {
    private BuiltinsModule() {
    }

    /** A new builtins module whose functions use {@code rt} (for print, exec, super, ...). */
    public static PyModule create(Runtime rt) {
        PyModule m = new PyModule("builtins");
        return m;
    }
}
