package org.minipy.imports.modules;

import org.minipy.imports.BytecodeCache;
import org.minipy.imports.CachePaths;
import org.minipy.imports.FileLoader;
import org.minipy.imports.ImportSystem;
import org.minipy.imports.ModuleSpec;
import org.minipy.modules.ModuleDefs;
import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyList;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;

/** {@code importlib}, {@code importlib.util} and {@code importlib.machinery} (the parts minipy has). */
public final class ImportlibModule {
    private ImportlibModule() {
    }

    /** importlib; importing it also makes importlib.util and importlib.machinery, as CPython's does. */
    public static PyModule create(ImportSystem sys) {
        PyModule m = new PyModule("importlib");
        m.getDict().setItem("__path__", new PyList());
        m.getDict().setItem("__package__", PyStr.of("importlib"));
        ModuleDefs.def(m, "import_module", (a, kw) -> {
            PyObject[] p = ArgParser.bind("import_module", a, kw, new String[] {"name", "package"}, 0, 1);
            return importModule(sys, p[0], p[1] == null ? PyNone.None : p[1]);
        });
        ModuleDefs.def(m, "reload", (a, kw) -> {
            PyObject[] p = ArgParser.bind("reload", a, kw, new String[] {"module"}, 0, 1);
            return sys.reloadModule(p[0]);
        });
        ModuleDefs.def(m, "invalidate_caches", (a, kw) -> {
            ArgParser.checkCount("invalidate_caches", a, kw, 0, 0);
            return PyNone.None; // the finders keep no directory caches
        });
        PyObject imp = sys.interpreter().builtins().getDict().getItem("__import__");
        if (imp != null) {
            m.getDict().setItem("__import__", imp);
        }
        for (String sub : new String[] {"util", "machinery"}) {
            String full = "importlib." + sub;
            PyObject existing = sys.getModuleDict().getItem(full);
            PyModule sm = existing instanceof PyModule e ? e
                    : sub.equals("util") ? createUtil(sys) : createMachinery();
            sys.getModuleDict().setItem(full, sm);
            m.getDict().setItem(sub, sm);
        }
        return m;
    }

    /** cf. importlib.import_module and _bootstrap._gcd_import / _sanity_check / _resolve_name. */
    static PyObject importModule(ImportSystem sys, PyObject nameObj, PyObject packageObj) {
        if (!(nameObj instanceof PyStr ns)) {
            throw PyErr.attributeError("'%s' object has no attribute 'startswith'", nameObj.getType().getName());
        }
        String name = ns.value();
        int level = 0;
        if (name.startsWith(".")) {
            if (!Abstract.isTrue(packageObj)) {
                throw PyErr.typeError("the 'package' argument is required to perform a relative import for %s",
                        PyStr.quote(name));
            }
            while (level < name.length() && name.charAt(level) == '.') {
                level++;
            }
        }
        name = name.substring(level);
        if (level > 0) {
            if (!(packageObj instanceof PyStr ps)) {
                throw PyErr.typeError("__package__ not set to a string");
            }
            String base = ps.value();
            for (int i = 1; i < level; i++) {
                int dot = base.lastIndexOf('.');
                if (dot < 0) {
                    throw PyErr.importError("attempted relative import beyond top-level package");
                }
                base = base.substring(0, dot);
            }
            name = name.isEmpty() ? base : base + "." + name;
        }
        return sys.importModule(name);
    }

    public static PyModule createUtil(ImportSystem sys) {
        PyModule m = new PyModule("importlib.util");
        m.getDict().setItem("MAGIC_NUMBER", PyBytes.of(BytecodeCache.magicNumber()));
        ModuleDefs.def(m, "cache_from_source", (a, kw) -> {
            PyObject[] p = ArgParser.bind("cache_from_source", a, kw,
                    new String[] {"path", "debug_override", "optimization"}, 0, 1);
            String path = path(p[0]);
            String c = CachePaths.cacheFromSource(path, BytecodeCache.TAG);
            PyObject opt = p[2];
            if (opt != null && opt != PyNone.None) {
                String o = Abstract.str(opt).value();
                if (!o.isEmpty()) {
                    if (!o.codePoints().allMatch(Character::isLetterOrDigit)) {
                        throw PyErr.valueError("%s is not alphanumeric", PyStr.quote(o));
                    }
                    c = c.substring(0, c.length() - 4) + ".opt-" + o + ".pyc";
                }
            }
            return PyStr.of(c);
        });
        ModuleDefs.def(m, "source_from_cache", (a, kw) -> {
            PyObject[] p = ArgParser.bind("source_from_cache", a, kw, new String[] {"path"}, 0, 1);
            return PyStr.of(CachePaths.sourceFromCache(path(p[0])));
        });
        ModuleDefs.def(m, "spec_from_file_location", (a, kw) -> {
            PyObject[] p = ArgParser.bind("spec_from_file_location", a, kw,
                    new String[] {"name", "location", "loader", "submodule_search_locations"}, 0, 1);
            ModuleSpec s = sys.specFromFileLocation(p[0], p[1], p[2], p[3]);
            return s == null ? PyNone.None : s;
        });
        ModuleDefs.def(m, "module_from_spec", (a, kw) -> {
            ArgParser.checkCount("module_from_spec", a, kw, 1, 1);
            return sys.moduleFromSpec(a[0]);
        });
        ModuleDefs.def(m, "find_spec", (a, kw) -> {
            PyObject[] p = ArgParser.bind("find_spec", a, kw, new String[] {"name", "package"}, 0, 1);
            String n = Abstract.str(p[0]).value();
            if (n.startsWith(".")) {
                PyObject mod = importModuleName(sys, p[0], p[1]);
                n = Abstract.str(mod).value();
            }
            return sys.findSpec(n);
        });
        ModuleDefs.def(m, "resolve_name", (a, kw) -> {
            ArgParser.checkCount("resolve_name", a, kw, 2, 2);
            return importModuleName(sys, a[0], a[1]);
        });
        return m;
    }

    /** importlib.util.resolve_name(name, package). */
    private static PyObject importModuleName(ImportSystem sys, PyObject name, PyObject pkg) {
        String n = Abstract.str(name).value();
        if (!n.startsWith(".")) {
            return name;
        }
        if (!Abstract.isTrue(pkg)) {
            throw PyErr.importError("no package specified for %s (required for relative module names)",
                    PyStr.quote(n));
        }
        int level = 0;
        while (level < n.length() && n.charAt(level) == '.') {
            level++;
        }
        String base = Abstract.str(pkg).value();
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyErr.importError("attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        String rest = n.substring(level);
        return PyStr.of(rest.isEmpty() ? base : base + "." + rest);
    }

    private static String path(PyObject p) {
        if (p instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("expected str, bytes or os.PathLike object, not %s", p.getType().getName());
    }

    public static PyModule createMachinery() {
        PyModule m = new PyModule("importlib.machinery");
        m.getDict().setItem("ModuleSpec", ModuleSpec.TYPE);
        m.getDict().setItem("SourceFileLoader", FileLoader.SOURCE_TYPE);
        m.getDict().setItem("SourcelessFileLoader", FileLoader.SOURCELESS_TYPE);
        PyList src = new PyList();
        src.append(PyStr.of(".py"));
        PyList bc = new PyList();
        bc.append(PyStr.of(".pyc"));
        m.getDict().setItem("SOURCE_SUFFIXES", src);
        m.getDict().setItem("BYTECODE_SUFFIXES", bc);
        m.getDict().setItem("EXTENSION_SUFFIXES", new PyList());
        return m;
    }

}
