package org.minipy.imports.modules;

import java.util.List;
import org.minipy.imports.ImportSystem;
import org.minipy.objects.PyModule;

/**
 * The built-in modules of the import system ({@code _imp}, {@code importlib} and its
 * submodules, {@code marshal}). The import system's finder asks here first, before
 * {@code modules.BuiltinModules}.
 */
public final class ImportModules {
    private ImportModules() {
    }

    private static final List<String> NAMES =
            List.of("_imp", "importlib", "importlib.util", "importlib.machinery", "marshal");

    public static boolean exists(String name) {
        return NAMES.contains(name);
    }

    public static List<String> names() {
        return NAMES;
    }

    /** A new instance of module {@code name} for this import system, or null if not one of ours. */
    public static PyModule create(String name, ImportSystem sys) {
        switch (name) {
            case "_imp":
                return ImpModule.create(sys);
            case "importlib":
                return ImportlibModule.create(sys);
            case "importlib.util":
                return ImportlibModule.createUtil(sys);
            case "importlib.machinery":
                return ImportlibModule.createMachinery();
            case "marshal":
                return MarshalModule.create();
            default:
                return null;
        }
    }
}
