package org.minipy.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minipy.code.Code;
import org.minipy.modules.BuiltinModules;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyException;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyList;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.vm.InterpreterState;

/**
 * The import system of one interpreter, following importlib's algorithm
 * ({@code importlib._bootstrap.__import__}, {@code _find_and_load}, {@code _handle_fromlist}):
 * sys.modules first, then built-in modules, then each directory of sys.path (or of the parent
 * package's {@code __path__}): a package {@code NAME/__init__.py} or a module {@code NAME.py}.
 * A module is in sys.modules before its body runs and is removed again if the body raises.
 */
public final class Importer {
    private final InterpreterState interp;
    private final Path cwd;
    /** The PyImport_* API, finders, loaders and the bytecode cache of this interpreter. */
    public final ImportSystem system;

    public Importer(InterpreterState interp, Path cwd) {
        this.interp = interp;
        this.cwd = cwd;
        this.system = new ImportSystem(interp, cwd, this);
    }

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    public PyObject importName(String name, PyDict globals, PyObject fromlist, int level) {
        String absName = name;
        if (level > 0) {
            absName = resolveName(name, packageOf(globals), level);
        } else if (name.isEmpty()) {
            throw PyErr.valueError("Empty module name");
        }
        PyObject module = importModule(absName);
        boolean emptyFrom = fromlist == null || fromlist == PyNone.None || !Abstract.isTrue(fromlist);
        if (emptyFrom) {
            if (level == 0) {
                int dot = name.indexOf('.');
                return dot < 0 ? module : importModule(name.substring(0, dot));
            }
            if (name.isEmpty()) {
                return module;
            }
            int dot = name.indexOf('.');
            int cutOff = name.length() - (dot < 0 ? name.length() : dot);
            String modName = ((PyModule) module).name();
            return modules().getItem(modName.substring(0, modName.length() - cutOff));
        }
        if (module.getDict() != null && module.getDict().getItem("__path__") != null) {
            handleFromlist(module, fromlist, false);
        }
        return module;
    }

    private PyDict modules() {
        return interp.modules();
    }

    /** {@code _calc___package__}. */
    private static String packageOf(PyDict globals) {
        if (globals == null) {
            return null;
        }
        PyObject pkg = globals.getItem("__package__");
        if (pkg instanceof PyStr s) {
            return s.value();
        }
        PyObject spec = globals.getItem("__spec__");
        if (spec != null && spec != PyNone.None) {
            PyObject parent = Abstract.lookupAttr(spec, "parent");
            if (parent instanceof PyStr s) {
                return s.value();
            }
        }
        PyObject n = globals.getItem("__name__");
        if (!(n instanceof PyStr ns)) {
            throw PyErr.of(PyExc.KeyError, "'__name__' not in globals");
        }
        String p = ns.value();
        if (globals.getItem("__path__") == null) {
            int dot = p.lastIndexOf('.');
            p = dot < 0 ? "" : p.substring(0, dot);
        }
        return p;
    }

    /** {@code _resolve_name}. */
    private static String resolveName(String name, String pkg, int level) {
        if (pkg == null || pkg.isEmpty()) {
            throw PyErr.importError("attempted relative import with no known parent package");
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyErr.importError("attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** {@code _handle_fromlist}: imports submodules named in a package's fromlist. */
    private void handleFromlist(PyObject module, PyObject fromlist, boolean recursive) {
        PyObject it = Abstract.iter(fromlist);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!(x instanceof PyStr s)) {
                String where = recursive ? ((PyModule) module).name() + ".__all__" : "``from list''";
                throw PyErr.typeError("Item in %s must be str, not %s", where, x.getType().getName());
            }
            String n = s.value();
            if (n.equals("*")) {
                if (!recursive) {
                    PyObject all = Abstract.lookupAttr(module, "__all__");
                    if (all != null) {
                        handleFromlist(module, all, true);
                    }
                }
            } else if (Abstract.lookupAttr(module, n) == null) {
                String from = ((PyModule) module).name() + "." + n;
                try {
                    importModule(from);
                } catch (PyException e) {
                    if (e.matches(PyExc.ModuleNotFoundError) && from.equals(nameOf(e))
                            && modules().getItem(from) != PyNone.None) {
                        continue;
                    }
                    throw e;
                }
            }
        }
    }

    private static String nameOf(PyException e) {
        PyObject n = e.value.attr("name");
        return n instanceof PyStr s ? s.value() : null;
    }

    /** {@code _gcd_import} / {@code _find_and_load}: the module {@code name}, importing it if needed. */
    public PyObject importModule(String name) {
        PyObject m = modules().getItem(name);
        if (m != null) {
            if (m == PyNone.None) {
                throw notFound("import of " + name + " halted; None in sys.modules", name);
            }
            return m;
        }
        int dot = name.lastIndexOf('.');
        PyObject searchPath = null;
        PyObject parentModule = null;
        if (dot >= 0) {
            String parent = name.substring(0, dot);
            parentModule = modules().getItem(parent);
            if (parentModule == null) {
                parentModule = importModule(parent);
            }
            m = modules().getItem(name);
            if (m != null) {
                return m;
            }
            searchPath = Abstract.lookupAttr(parentModule, "__path__");
            if (searchPath == null) {
                throw notFound("No module named '" + name + "'; '" + parent + "' is not a package", name);
            }
        }
        PyObject module = findAndLoad(name, searchPath);
        if (module == null) {
            throw notFound("No module named '" + name + "'", name);
        }
        if (parentModule != null) {
            Abstract.setAttr(parentModule, name.substring(dot + 1), module);
        }
        return module;
    }

    private static PyException notFound(String msg, String name) {
        PyException e = PyErr.of(PyExc.ModuleNotFoundError, msg);
        e.value.setAttr("name", PyStr.of(name));
        return e;
    }

    /** Finds {@code name} (built-in, package or source file) and runs it; null if not found. */
    private PyObject findAndLoad(String name, PyObject searchPath) {
        if (system != null) {
            return system.findAndLoad(name, searchPath);
        }
        if (BuiltinModules.exists(name)) {
            PyModule m = BuiltinModules.create(name, interp);
            if (m != null) {
                modules().setItem(name, m);
                return m;
            }
        }
        String leaf = name.substring(name.lastIndexOf('.') + 1);
        PyObject path = searchPath != null ? searchPath : interp.sys().getDict().getItem("path");
        if (path == null) {
            return null;
        }
        PyObject it = Abstract.iter(path);
        for (PyObject e = Abstract.next(it); e != null; e = Abstract.next(it)) {
            if (!(e instanceof PyStr entry)) {
                continue;
            }
            String dir = entry.value();
            Path base = resolve(dir);
            Path pkgInit = base.resolve(leaf).resolve("__init__.py");
            if (Files.isRegularFile(pkgInit)) {
                String pkgDir = join(dir, leaf);
                return load(name, join(pkgDir, "__init__.py"), pkgInit, pkgDir);
            }
            Path file = base.resolve(leaf + ".py");
            if (Files.isRegularFile(file)) {
                return load(name, join(dir, leaf + ".py"), file, null);
            }
        }
        return null;
    }

    private static String join(String dir, String name) {
        if (dir.isEmpty()) {
            return name;
        }
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    private Path resolve(String dir) {
        return cwd.resolve(dir.isEmpty() ? "." : dir);
    }

    /** Creates the module, registers it, runs its code; unregisters it if the body raises. */
    private PyObject load(String name, String filename, Path file, String pkgDir) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PyErr.importError("cannot read %s: %s", filename, e.getMessage());
        }
        Code code = interp.compileFile(source, filename);
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem("__file__", PyStr.of(filename));
        d.setItem("__builtins__", interp.builtins());
        if (pkgDir != null) {
            PyList p = new PyList();
            p.append(PyStr.of(pkgDir));
            d.setItem("__path__", p);
            d.setItem("__package__", PyStr.of(name));
        } else {
            int dot = name.lastIndexOf('.');
            d.setItem("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        modules().setItem(name, m);
        try {
            interp.exec(code, d, d);
        } catch (RuntimeException e) {
            modules().delItemIfPresent(name);
            throw e;
        }
        PyObject result = modules().getItem(name);
        if (result == null) {
            throw PyErr.importError("Loaded module '%s' not found in sys.modules", name);
        }
        return result;
    }

    /** IMPORT_FROM: {@code module.name}, or the submodule {@code module.name} from sys.modules. */
    public PyObject importFrom(PyObject module, String name) {
        PyObject v = Abstract.lookupAttr(module, name);
        if (v != null) {
            return v;
        }
        PyObject pkgName = Abstract.lookupAttr(module, "__name__");
        if (pkgName instanceof PyStr p) {
            PyObject sub = modules().getItem(p.value() + "." + name);
            if (sub != null) {
                return sub;
            }
        }
        String pkg = pkgName instanceof PyStr p ? p.value() : "<unknown module name>";
        PyObject file = Abstract.lookupAttr(module, "__file__");
        String where = file instanceof PyStr f ? f.value() : "unknown location";
        boolean partial = file instanceof PyStr && Abstract.lookupAttr(module, "__spec__") instanceof ModuleSpec s
                && s.initializing();
        PyException e = partial
                ? PyErr.importError("cannot import name '%s' from partially initialized module '%s' "
                        + "(most likely due to a circular import) (%s)", name, pkg, where)
                : PyErr.importError("cannot import name '%s' from '%s' (%s)", name, pkg, where);
        e.value.setAttr("name", PyStr.of(pkg));
        throw e;
    }

    /** IMPORT_STAR: binds the public names of {@code module} (its {@code __all__}) in {@code locals}. */
    public void importStar(PyObject module, PyObject locals) {
        PyObject all = Abstract.lookupAttr(module, "__all__");
        boolean skipPrivate = all == null;
        PyObject names;
        if (all != null) {
            names = all;
        } else {
            PyDict d = module.getDict();
            if (d == null) {
                throw PyErr.of(PyExc.ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            PyList l = new PyList();
            for (int j = 0; j < d.entrySlots(); j++) {
                if (d.keyAt(j) != null) {
                    l.append(d.keyAt(j));
                }
            }
            names = l;
        }
        PyObject it = Abstract.iter(names);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!(x instanceof PyStr s)) {
                String modName = module instanceof PyModule m ? m.name() : "?";
                throw PyErr.typeError("%s in %s.%s must be str, not %s", skipPrivate ? "Key" : "Item", modName,
                        skipPrivate ? "__dict__" : "__all__", x.getType().getName());
            }
            if (skipPrivate && s.value().startsWith("_")) {
                continue;
            }
            PyObject v = Abstract.getAttr(module, s.value());
            if (locals instanceof PyDict ld) {
                ld.setItem(s.value(), v);
            } else {
                Abstract.setItem(locals, s, v);
            }
        }
    }
}
