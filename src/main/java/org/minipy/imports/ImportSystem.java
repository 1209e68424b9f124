package org.minipy.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.minipy.code.Code;
import org.minipy.imports.modules.ImportModules;
import org.minipy.modules.BuiltinModules;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBool;
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
 * The import system of one interpreter: CPython's {@code PyImport_*} contract (the
 * ExecCodeModule family and friends, see IMPORT.md), the path finder for source files and
 * packages, loading through the bytecode cache, and {@code -m}. All its state belongs to one
 * interpreter: sys.modules, sys.path and the import lock.
 */
public final class ImportSystem {
    private final InterpreterState interp;
    private final Path cwd;
    private final Importer importer;
    /** The import lock (CPython's global import lock, here per interpreter; reentrant). */
    public final ReentrantLock lock = new ReentrantLock();
    /** importlib.reload's {@code _RELOADING}. */
    private final Map<String, PyObject> reloading = new HashMap<>();

    public ImportSystem(InterpreterState interp, Path cwd, Importer importer) {
        this.interp = interp;
        this.cwd = cwd;
        this.importer = importer;
        addEnvironmentPath(System.getenv("MINIPYPATH"));
    }

    /** {@code MINIPYPATH} entries go after sys.path[0], the way PYTHONPATH's do. */
    public void addEnvironmentPath(String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        PyObject p = interp.sys().getDict().getItem("path");
        if (!(p instanceof PyList path)) {
            return;
        }
        long at = Math.min(1, path.size());
        for (String e : value.split(":")) {
            if (!e.isEmpty()) {
                path.insert(at++, PyStr.of(e));
            }
        }
    }

    public InterpreterState interpreter() {
        return interp;
    }

    public Path workingDirectory() {
        return cwd;
    }

    private PyDict modules() {
        return interp.modules();
    }

    // ---- the PyImport_* API ---------------------------------------------------------------------

    /** {@code PyImport_GetMagicNumber()}. */
    public int getMagicNumber() {
        return BytecodeCache.magicAsInt();
    }

    /** {@code PyImport_GetMagicTag()}. */
    public String getMagicTag() {
        return BytecodeCache.TAG;
    }

    /** {@code PyImport_GetModuleDict()}: sys.modules. */
    public PyDict getModuleDict() {
        return modules();
    }

    /** {@code PyImport_GetModule(name)}: the module in sys.modules, or null (TypeError if unhashable). */
    public PyObject getModule(PyObject name) {
        return modules().getItemOrNull(name);
    }

    /** {@code PyImport_AddModuleObject(name)}: the module in sys.modules, created empty if needed. */
    public PyModule addModule(PyObject name) {
        PyObject m = modules().getItemOrNull(name);
        if (m instanceof PyModule pm) {
            return pm;
        }
        PyModule nm = newModule(name);
        modules().setItem(name, nm);
        return nm;
    }

    /** {@code PyModule_NewObject}: a module whose {@code __name__} may be any object. */
    static PyModule newModule(PyObject name) {
        if (name instanceof PyStr s) {
            return new PyModule(s.value());
        }
        PyModule m = new PyModule(PyModule.TYPE);
        PyDict d = m.getDict();
        d.setItem("__name__", name);
        d.setItem("__doc__", PyNone.None);
        d.setItem("__package__", PyNone.None);
        d.setItem("__loader__", PyNone.None);
        d.setItem("__spec__", PyNone.None);
        return m;
    }

    /** {@code PyImport_ImportModule(name)}: imports {@code name} (dotted) and returns that module. */
    public PyObject importModule(String name) {
        if (name.isEmpty()) {
            throw PyErr.valueError("Empty module name");
        }
        return importer.importModule(name);
    }

    /** {@code PyImport_ExecCodeModule(name, co)}. */
    public PyObject execCodeModule(String name, Code co) {
        return execCodeModuleWithPathnames(name, co, null, null);
    }

    /** {@code PyImport_ExecCodeModuleEx(name, co, pathname)}. */
    public PyObject execCodeModuleEx(String name, Code co, String pathname) {
        return execCodeModuleWithPathnames(name, co, pathname, null);
    }

    /**
     * {@code PyImport_ExecCodeModuleWithPathnames(name, co, pathname, cpathname)}: a null
     * pathname with a cpathname is derived from it as {@code _get_sourcefile} does.
     */
    public PyObject execCodeModuleWithPathnames(String name, Code co, String pathname, String cpathname) {
        if (pathname == null && cpathname != null) {
            pathname = CachePaths.sourceFile(cpathname, cwd);
        }
        return execCodeModuleObject(PyStr.of(name), co, pathname == null ? null : PyStr.of(pathname),
                cpathname == null ? null : PyStr.of(cpathname));
    }

    /**
     * {@code PyImport_ExecCodeModuleObject(name, co, pathname, cpathname)}: runs {@code co} in the
     * module {@code name} (reused if in sys.modules), after fixing up its {@code __spec__},
     * {@code __loader__}, {@code __file__} and {@code __cached__}. Null stands for C's NULL.
     */
    public PyObject execCodeModuleObject(PyObject name, Code co, PyObject pathname, PyObject cpathname) {
        PyDict d = moduleDictForExec(name);
        if (pathname == null || pathname == PyNone.None) {
            pathname = PyStr.of(co.co_filename);
        }
        fixUpModule(d, name, pathname, cpathname == null ? PyNone.None : cpathname);
        return execCodeInModule(name, d, co);
    }

    /** cf. module_dict_for_exec: the module's dict, with {@code __builtins__}. */
    private PyDict moduleDictForExec(PyObject name) {
        PyModule m = addModule(name);
        PyDict d = m.getDict();
        if (d.getItem("__builtins__") == null) {
            d.setItem("__builtins__", interp.builtins());
        }
        return d;
    }

    /** cf. exec_code_in_module: a failing body removes the module from sys.modules. */
    private PyObject execCodeInModule(PyObject name, PyDict d, Code co) {
        try {
            interp.exec(co, d, d);
        } catch (RuntimeException e) {
            removeModule(name);
            throw e;
        }
        PyObject m = modules().getItemOrNull(name);
        if (m == null) {
            throw PyErr.importError("Loaded module %s not found in sys.modules", Abstract.repr(name).value());
        }
        return m;
    }

    private void removeModule(PyObject name) {
        modules().pop(name);
    }

    /** cf. importlib._bootstrap_external._fix_up_module. */
    private void fixUpModule(PyDict ns, PyObject name, PyObject pathname, PyObject cpathname) {
        PyObject loader = ns.getItem("__loader__");
        PyObject spec = ns.getItem("__spec__");
        if (loader == null || !Abstract.isTrue(loader)) {
            if (spec != null && Abstract.isTrue(spec)) {
                loader = Abstract.getAttr(spec, "loader");
            } else {
                boolean sourceless = Abstract.eq(pathname, cpathname);
                loader = new FileLoader(sourceless, this, name, pathname);
            }
        }
        if (spec == null || !Abstract.isTrue(spec)) {
            spec = specFromFileLocation(name, pathname, loader, null);
        }
        ns.setItem("__spec__", spec);
        ns.setItem("__loader__", loader);
        ns.setItem("__file__", pathname);
        ns.setItem("__cached__", cpathname);
    }

    /**
     * {@code spec_from_file_location(name, location, loader=loader,
     * submodule_search_locations=...)}; {@code searchLocations} null means "ask the loader".
     */
    public ModuleSpec specFromFileLocation(PyObject name, PyObject location, PyObject loader, PyObject searchLocations) {
        String loc;
        if (location == null || location == PyNone.None) {
            loc = "<unknown>";
            if (loader instanceof FileLoader fl) {
                loc = Abstract.str(fl.path()).value();
            }
        } else if (location instanceof PyStr s) {
            loc = s.value();
            if (!loc.startsWith("/")) {
                loc = CachePaths.join(cwd.toString(), loc);
            }
        } else {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not %s", location.getType().getName());
        }
        ModuleSpec spec = new ModuleSpec(name, loader == null ? PyNone.None : loader, PyStr.of(loc), PyNone.None);
        spec.setFileattr = true;
        if (loader == null || loader == PyNone.None) {
            if (loc.endsWith(".py") || loc.endsWith(".pyc")) {
                loader = new FileLoader(loc.endsWith(".pyc"), this, name, PyStr.of(loc));
                spec.getDict().setItem("loader", loader);
            } else {
                return null;
            }
        }
        PyObject ssl = searchLocations;
        if (ssl == null) {
            ssl = PyNone.None;
            if (loader instanceof FileLoader fl) {
                try {
                    if (fl.isPackage(name)) {
                        ssl = new PyList();
                    }
                } catch (PyException e) {
                    if (!e.matches(PyExc.ImportError)) {
                        throw e;
                    }
                }
            }
        }
        spec.getDict().setItem("submodule_search_locations", ssl);
        if (ssl instanceof PyList l && l.size() == 0 && !loc.isEmpty()) {
            l.append(PyStr.of(CachePaths.split(loc)[0]));
        }
        return spec;
    }

    /** {@code module_from_spec} + {@code _init_module_attrs}. */
    public PyModule moduleFromSpec(PyObject spec) {
        PyObject name = Abstract.getAttr(spec, "name");
        PyModule m = newModule(name);
        initModuleAttrs(spec, m.getDict(), true);
        return m;
    }

    /** cf. _init_module_attrs. */
    private static void initModuleAttrs(PyObject spec, PyDict d, boolean override) {
        setIf(d, "__name__", Abstract.getAttr(spec, "name"), override);
        setIf(d, "__loader__", Abstract.getAttr(spec, "loader"), override);
        setIf(d, "__package__", Abstract.getAttr(spec, "parent"), override);
        d.setItem("__spec__", spec);
        PyObject ssl = Abstract.lookupAttr(spec, "submodule_search_locations");
        if (ssl != null && ssl != PyNone.None) {
            setIf(d, "__path__", ssl, override);
        }
        PyObject hasLoc = Abstract.lookupAttr(spec, "has_location");
        if (hasLoc != null && Abstract.isTrue(hasLoc)) {
            setIf(d, "__file__", Abstract.getAttr(spec, "origin"), override);
            PyObject cached = Abstract.lookupAttr(spec, "cached");
            if (cached != null && cached != PyNone.None) {
                setIf(d, "__cached__", cached, override);
            }
        }
    }

    private static void setIf(PyDict d, String k, PyObject v, boolean override) {
        PyObject cur = d.getItem(k);
        if (override || cur == null || cur == PyNone.None) {
            d.setItem(k, v);
        }
    }

    // ---- finding and loading ----------------------------------------------------------------------

    /**
     * Finds {@code name} (built-in, package or source file on {@code searchPath}, or sys.path
     * when null), loads it into sys.modules and returns it; null if there is no such module.
     */
    public PyObject findAndLoad(String name, PyObject searchPath) {
        lock.lock();
        try {
            return findAndLoadLocked(name, searchPath);
        } finally {
            lock.unlock();
        }
    }

    private PyObject findAndLoadLocked(String name, PyObject searchPath) {
        PyModule builtin = ImportModules.create(name, this);
        if (builtin == null && BuiltinModules.exists(name)) {
            builtin = BuiltinModules.create(name, interp);
        }
        if (builtin != null) {
            PyDict d = builtin.getDict();
            if (d.getItem("__spec__") == null || d.getItem("__spec__") == PyNone.None) {
                ModuleSpec spec = new ModuleSpec(PyStr.of(name), PyNone.None, PyStr.of("built-in"),
                        d.getItem("__path__") != null ? d.getItem("__path__") : PyNone.None);
                d.setItem("__spec__", spec);
            }
            modules().setItem(name, builtin);
            return builtin;
        }
        ModuleSpec spec = findSpecOnPath(name, searchPath);
        return spec == null ? null : loadFromSpec(spec);
    }

    /** PathFinder/FileFinder: a package directory with __init__.py, then NAME.py. */
    public ModuleSpec findSpecOnPath(String name, PyObject searchPath) {
        String leaf = name.substring(name.lastIndexOf('.') + 1);
        PyObject path = searchPath != null ? searchPath : interp.sys().getDict().getItem("path");
        if (path == null || path == PyNone.None) {
            return null;
        }
        PyObject it = Abstract.iter(path);
        for (PyObject e = Abstract.next(it); e != null; e = Abstract.next(it)) {
            if (!(e instanceof PyStr entry)) {
                continue;
            }
            String dir = entry.value().isEmpty() ? cwd.toString() : entry.value();
            Path base = cwd.resolve(dir);
            Path pkgDir = base.resolve(leaf);
            if (Files.isRegularFile(pkgDir.resolve("__init__.py"))) {
                String pd = CachePaths.join(dir, leaf);
                String file = CachePaths.join(pd, "__init__.py");
                PyList ssl = new PyList();
                ssl.append(PyStr.of(pd));
                return specFromFileLocation(PyStr.of(name), PyStr.of(file),
                        new FileLoader(false, this, PyStr.of(name), PyStr.of(file)), ssl);
            }
            if (Files.isRegularFile(base.resolve(leaf + ".py"))) {
                String file = CachePaths.join(dir, leaf + ".py");
                return specFromFileLocation(PyStr.of(name), PyStr.of(file),
                        new FileLoader(false, this, PyStr.of(name), PyStr.of(file)), PyNone.None);
            }
            if (Files.isRegularFile(base.resolve(leaf + ".pyc"))) {
                // a sourceless module (a .pyc beside where its source would be)
                String file = CachePaths.join(dir, leaf + ".pyc");
                return specFromFileLocation(PyStr.of(name), PyStr.of(file),
                        new FileLoader(true, this, PyStr.of(name), PyStr.of(file)), PyNone.None);
            }
        }
        return null;
    }

    /**
     * cf. _load_unlocked: the module is in sys.modules while its body runs, with
     * {@code __spec__._initializing} set, and is removed again if the body raises.
     */
    public PyObject loadFromSpec(ModuleSpec spec) {
        PyModule m = moduleFromSpec(spec);
        PyObject name = spec.name();
        modules().setItem(name, m);
        spec.getDict().setItem("_initializing", PyBool.True);
        try {
            PyObject loader = spec.loader();
            if (loader instanceof FileLoader fl) {
                execModule(fl, m);
            } else {
                Abstract.callMethod(loader, "exec_module", m);
            }
        } catch (RuntimeException e) {
            removeModule(name);
            throw e;
        } finally {
            spec.getDict().setItem("_initializing", PyBool.False);
        }
        PyObject result = modules().getItemOrNull(name);
        if (result == null) {
            throw PyErr.importError("Loaded module %s not found in sys.modules", Abstract.repr(name).value());
        }
        return result;
    }

    /** {@code SourceLoader.exec_module}: the module's code (cached or compiled) run in its dict. */
    void execModule(FileLoader loader, PyObject module) {
        Code code = codeOf(loader);
        PyDict d = module.getDict();
        if (d == null) {
            throw PyErr.typeError("exec_module() argument must be a module");
        }
        if (d.getItem("__builtins__") == null) {
            d.setItem("__builtins__", interp.builtins());
        }
        interp.exec(code, d, d);
    }

    /** The code of the loader's file: from the cache when valid, else compiled (and cached). */
    Code codeOf(FileLoader loader) {
        String filename = Abstract.str(loader.path()).value();
        if (loader.getType() == FileLoader.SOURCELESS_TYPE) {
            return sourcelessCode(Abstract.str(loader.name()).value(), filename, readBytes(filename));
        }
        return getCode(filename);
    }

    /** cf. SourcelessFileLoader.get_code, _classify_pyc and _compile_bytecode, with their messages. */
    static Code sourcelessCode(String name, String filename, byte[] data) {
        byte[] magic = BytecodeCache.magicNumber();
        byte[] head = java.util.Arrays.copyOf(data, Math.min(4, data.length));
        if (!java.util.Arrays.equals(head, magic)) {
            PyException e = PyErr.importError("bad magic number in %s: %s", PyStr.quote(name),
                    Abstract.repr(org.minipy.objects.PyBytes.of(head)).value());
            e.value.setAttr("name", PyStr.of(name));
            e.value.setAttr("path", PyStr.of(filename));
            throw e;
        }
        if (data.length < BytecodeCache.HEADER) {
            throw PyErr.of(PyExc.EOFError, "reached EOF while reading pyc header of " + PyStr.quote(name));
        }
        int flags = BytecodeCache.int32(data, 4);
        if ((flags & ~0b11) != 0) {
            throw PyErr.importError("invalid flags %d in %s", flags, PyStr.quote(name));
        }
        PyObject c = org.minipy.code.Marshal.loads(data, BytecodeCache.HEADER, data.length, null);
        if (!(c instanceof Code code)) {
            throw PyErr.importError("Non-code object in %s", PyStr.quote(filename));
        }
        return code;
    }

    /** cf. SourceLoader.get_code with timestamp-based pycs. */
    public Code getCode(String filename) {
        Path file = cwd.resolve(filename);
        BasicFileAttributes st;
        try {
            st = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw fileNotFound(filename);
        }
        long mtime = st.lastModifiedTime().toMillis();
        long size = st.size();
        Path pyc = cwd.resolve(CachePaths.cacheFromSource(filename, BytecodeCache.TAG));
        Code code = BytecodeCache.read(pyc, mtime, size, filename);
        if (code != null) {
            return code;
        }
        String source = readSource(filename);
        code = interp.compileFile(source, filename);
        if (!dontWriteBytecode()) {
            BytecodeCache.write(pyc, code, mtime, size, file);
        }
        return code;
    }

    /** {@code sys.dont_write_bytecode} (set from the builder's dontWriteBytecode / -B). */
    public boolean dontWriteBytecode() {
        PyObject v = interp.sys().getDict().getItem("dont_write_bytecode");
        return v != null && Abstract.isTrue(v);
    }

    /** The text of a source file (UTF-8; a byte-order mark is dropped, as CPython's decoder does). */
    String readSource(String filename) {
        String s = new String(readBytes(filename), StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    byte[] readBytes(String filename) {
        try {
            return Files.readAllBytes(cwd.resolve(filename));
        } catch (IOException e) {
            throw fileNotFound(filename);
        }
    }

    private static PyException fileNotFound(String filename) {
        return PyErr.withArgs(PyExc.FileNotFoundError, org.minipy.objects.PyInt.of(2),
                PyStr.of("No such file or directory"), PyStr.of(filename));
    }

    // ---- reload, find_spec, -m ------------------------------------------------------------------

    /** {@code importlib.reload(module)} / {@code PyImport_ReloadModule}. */
    public PyObject reloadModule(PyObject module) {
        if (!(module instanceof PyModule)) {
            throw PyErr.typeError("reload() argument must be a module");
        }
        PyObject nameObj;
        PyObject spec = Abstract.lookupAttr(module, "__spec__");
        nameObj = spec != null ? Abstract.lookupAttr(spec, "name") : null;
        if (nameObj == null) {
            nameObj = Abstract.lookupAttr(module, "__name__");
            if (nameObj == null) {
                throw PyErr.typeError("reload() argument must be a module");
            }
        }
        String name = Abstract.str(nameObj).value();
        if (modules().getItemOrNull(nameObj) != module) {
            PyException e = PyErr.importError("module %s not in sys.modules", name);
            e.value.setAttr("name", nameObj);
            throw e;
        }
        PyObject again = reloading.get(name);
        if (again != null) {
            return again;
        }
        reloading.put(name, module);
        try {
            int dot = name.lastIndexOf('.');
            PyObject pkgpath = null;
            if (dot >= 0) {
                String parentName = name.substring(0, dot);
                PyObject parent = modules().getItem(parentName);
                if (parent == null) {
                    PyException e = PyErr.importError("parent %s not in sys.modules", PyStr.quote(parentName));
                    e.value.setAttr("name", PyStr.of(parentName));
                    throw e;
                }
                pkgpath = Abstract.getAttr(parent, "__path__");
            }
            PyObject found = null;
            if (ImportModules.exists(name) || BuiltinModules.exists(name)) {
                return module; // built-in modules: nothing to re-execute
            }
            found = findSpecOnPath(name, pkgpath);
            if (found == null) {
                PyException e = PyErr.of(PyExc.ModuleNotFoundError, "spec not found for the module " + PyStr.quote(name));
                e.value.setAttr("name", PyStr.of(name));
                throw e;
            }
            module.getDict().setItem("__spec__", found);
            initModuleAttrs(found, module.getDict(), true);
            execModule((FileLoader) ((ModuleSpec) found).loader(), module);
            PyObject m = modules().pop(nameObj);
            modules().setItem(nameObj, m);
            return m;
        } finally {
            reloading.remove(name);
        }
    }

    /** {@code importlib.util.find_spec(name)} for absolute names. */
    public PyObject findSpec(String name) {
        PyObject m = modules().getItem(name);
        if (m != null) {
            PyObject spec = Abstract.lookupAttr(m, "__spec__");
            if (spec == null || spec == PyNone.None) {
                throw PyErr.valueError("%s.__spec__ is None", name);
            }
            return spec;
        }
        int dot = name.lastIndexOf('.');
        PyObject searchPath = null;
        if (dot >= 0) {
            String parentName = name.substring(0, dot);
            PyObject parent = importer.importModule(parentName);
            searchPath = Abstract.lookupAttr(parent, "__path__");
            if (searchPath == null) {
                PyException e = PyErr.of(PyExc.ModuleNotFoundError, "__path__ attribute not found on "
                        + PyStr.quote(parentName) + " while trying to find " + PyStr.quote(name));
                e.value.setAttr("name", PyStr.of(name));
                throw e;
            }
        }
        if (ImportModules.exists(name) || BuiltinModules.exists(name)) {
            return new ModuleSpec(PyStr.of(name), PyNone.None, PyStr.of("built-in"), PyNone.None);
        }
        ModuleSpec s = findSpecOnPath(name, searchPath);
        return s == null ? PyNone.None : s;
    }

    /**
     * Runs module {@code modName} as {@code __main__} (the {@code -m} option), with runpy's
     * semantics: parents imported first, a package runs its {@code __main__} submodule,
     * sys.argv[0] is the module's full path. Errors in finding it are a SystemExit with
     * runpy's message ("minipy: No module named x"). cf. runpy._run_module_as_main.
     */
    public void runModule(String modName, PyModule main) {
        ModuleSpec spec = moduleDetails(modName);
        Code code = codeOf((FileLoader) spec.loader());
        PyObject argv = interp.sys().getDict().getItem("argv");
        if (argv instanceof PyList l) {
            if (l.size() == 0) {
                l.append(spec.origin());
            } else {
                l.set(0, spec.origin());
            }
        }
        PyDict g = main.getDict();
        g.setItem("__name__", PyStr.of("__main__"));
        g.setItem("__file__", spec.origin());
        g.setItem("__cached__", spec.cached());
        g.setItem("__doc__", PyNone.None);
        g.setItem("__loader__", spec.loader());
        g.setItem("__package__", spec.parent());
        g.setItem("__spec__", spec);
        if (g.getItem("__builtins__") == null) {
            g.setItem("__builtins__", interp.builtins());
        }
        interp.exec(code, g, g);
    }

    private static PyException runError(String msg) {
        return PyErr.withArgs(PyExc.SystemExit, PyStr.of("minipy: " + msg));
    }

    /** cf. runpy._get_module_details. */
    private ModuleSpec moduleDetails(String modName) {
        if (modName.startsWith(".")) {
            throw runError("Relative module names not supported");
        }
        int dot = modName.lastIndexOf('.');
        if (dot > 0) {
            String pkg = modName.substring(0, dot);
            try {
                importer.importModule(pkg);
            } catch (PyException e) {
                PyObject n = e.matches(PyExc.ImportError) ? e.value.attr("name") : null;
                String en = n instanceof PyStr s ? s.value() : null;
                if (en == null || (!en.equals(pkg) && !pkg.startsWith(en + "."))) {
                    throw e;
                }
            }
        }
        PyObject spec;
        try {
            spec = findSpec(modName);
        } catch (PyException e) {
            if (!(e.matches(PyExc.ImportError) || e.matches(PyExc.AttributeError) || e.matches(PyExc.TypeError)
                    || e.matches(PyExc.ValueError))) {
                throw e;
            }
            String msg = "Error while finding module specification for " + PyStr.quote(modName) + " ("
                    + e.value.getType().getName() + ": " + Abstract.str(e.value).value() + ")";
            if (modName.endsWith(".py")) {
                String bare = modName.substring(0, modName.length() - 3);
                msg += ". Try using '" + bare + "' instead of '" + modName + "' as the module name.";
            }
            throw runError(msg);
        }
        if (!(spec instanceof ModuleSpec ms)) {
            throw runError("No module named " + modName);
        }
        if (ms.submoduleSearchLocations() != PyNone.None) {
            if (modName.equals("__main__") || modName.endsWith(".__main__")) {
                throw runError("Cannot use package as __main__ module");
            }
            try {
                return moduleDetails(modName + ".__main__");
            } catch (PyException e) {
                if (!e.matches(PyExc.SystemExit) || modules().getItem(modName) == null) {
                    throw e;
                }
                String inner = Abstract.str(e.value.attr("code")).value().substring("minipy: ".length());
                throw runError(inner + "; " + PyStr.quote(modName) + " is a package and cannot be directly executed");
            }
        }
        if (!(ms.loader() instanceof FileLoader)) {
            throw runError("No code object available for " + modName);
        }
        return ms;
    }
}
