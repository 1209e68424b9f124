package org.minipy.modules;

import java.util.List;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyObject;
import org.minipy.vm.Runtime;

/** The modules written in Java that {@code import} finds by name (math, time, random, os, ...). */
public final class BuiltinModules {
    private BuiltinModules() {
    }

    private static final List<String> NAMES = List.of("math", "time", "random", "os", "os.path", "posixpath", "types", "io",
            "dis");

    /** A new instance of the built-in module {@code name}, or null if there is none. */
    public static PyModule create(String name, Runtime rt) {
        switch (name) {
            case "math":
                return MathModule.create();
            case "time":
                return TimeModule.create();
            case "random":
                return RandomModule.create();
            case "types":
                return TypesModule.create(rt);
            case "io":
                return IoModule.create(rt);
            case "dis": // the cli helper's teaching view (DisModule)
                return DisModule.create(rt);
            case "os":
                return OsModule.create(rt, osPath(rt));
            case "os.path":
            case "posixpath":
                return osPath(rt);
            default:
                return null;
        }
    }

    /** os.path is one module whichever name imports it first (os, os.path or posixpath). */
    private static PyModule osPath(Runtime rt) {
        PyDict modules = rt == null ? null : rt.modules();
        if (modules != null) {
            for (String n : new String[] {"os.path", "posixpath"}) {
                PyObject existing = modules.getItem(n);
                if (existing instanceof PyModule pm) {
                    return pm;
                }
            }
            PyObject os = modules.getItem("os");
            if (os instanceof PyModule om && om.getDict().getItem("path") instanceof PyModule pm) {
                return pm;
            }
        }
        PyModule p = OsPathModule.create(rt);
        if (modules != null) {
            modules.setItem("os.path", p);
            modules.setItem("posixpath", p);
        }
        return p;
    }

    /** True if {@code name} is a built-in module (sys.builtin_module_names). */
    public static boolean exists(String name) {
        return NAMES.contains(name);
    }

    /** The names of the built-in modules made here (sys, builtins are made by the interpreter). */
    public static List<String> names() {
        return NAMES;
    }
}
