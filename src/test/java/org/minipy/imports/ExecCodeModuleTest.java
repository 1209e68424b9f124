package org.minipy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipy.Interpreter;
import org.minipy.code.Code;
import org.minipy.objects.PyException;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;

/**
 * The ExecCodeModule family and friends, in Java and through {@code _imp}, case by case as
 * CPython's Lib/test/test_capi/test_import.py checks them (tests written for minipy).
 */
class ExecCodeModuleTest {
    @TempDir
    Path dir;
    Py py;
    ImportSystem sys;
    static final String NAME = "test_import_executecode";

    @BeforeEach
    void setUp() {
        py = new Py(dir);
        sys = py.sys();
    }

    @AfterEach
    void tearDown() {
        py.close();
    }

    private Code attrCode() {
        return Interpreter.compileSource("attr = 1", "<test>", "exec");
    }

    private String abs(String p) {
        return dir.toString() + "/" + p;
    }

    /** cf. check_executecodemodule: returns the spec's origin. */
    private String check(java.util.function.Function<Code, PyObject> exec) {
        assertNull(sys.getModule(PyStr.of(NAME)));
        PyModule module = sys.addModule(PyStr.of(NAME));
        assertNull(module.getDict().getItem("attr"));
        PyObject m2 = exec.apply(attrCode());
        assertSame(module, m2);
        assertEquals("1", module.getDict().getItem("attr").toString());
        sys.getModuleDict().pop(PyStr.of(NAME));
        PyObject spec = module.getDict().getItem("__spec__");
        return ((ModuleSpec) spec).origin().toString();
    }

    @Test
    void magicNumberAndTag() {
        assertEquals("True", py.eval("__import__('_imp').get_magic_number() == int.from_bytes("
                + "__import__('importlib.util').util.MAGIC_NUMBER, 'little')"));
        assertEquals(BytecodeCache.magicAsInt(), sys.getMagicNumber());
        assertEquals("True", py.eval("__import__('_imp').get_magic_tag() == __import__('sys').implementation.cache_tag"));
        assertEquals("minipy-11", sys.getMagicTag());
        byte[] m = BytecodeCache.magicNumber();
        assertEquals('\r', m[2]);
        assertEquals('\n', m[3]);
    }

    @Test
    void moduleDictIsSysModules() {
        assertSame(sys.getModuleDict(), py.interp.state().modules());
        assertEquals("True", py.eval("__import__('_imp').get_module_dict() is __import__('sys').modules"));
    }

    @Test
    void getModule() {
        PyObject s = sys.getModule(PyStr.of("sys"));
        assertSame(py.interp.state().sys(), s);
        assertNull(sys.getModule(PyStr.of("nonexistent")));
        assertNull(sys.getModule(PyStr.of("")));
        assertNull(sys.getModule(PyTuple.of(PyStr.of("x"))));
        assertEquals("None", py.eval("__import__('_imp').get_module('nonexistent')"));
        assertEquals("None", py.eval("__import__('_imp').get_module(object())"));
        PyException e = assertThrows(PyException.class, () -> py.run("import _imp\n_imp.get_module([])"));
        assertTrue(e.matches(PyExc.TypeError));
    }

    @Test
    void addModule() {
        assertEquals("True\nTrue\n", py.run("import _imp, sys, types\n"
                + "for name in ['nonexistent', b'\\xff', ('hashable non-string',)]:\n"
                + "    m = _imp.add_module(name)\n"
                + "    assert isinstance(m, types.ModuleType)\n"
                + "    assert m.__name__ == name and m is sys.modules[name]\n"
                + "    sys.modules.pop(name)\n"
                + "print(_imp.add_module('sys') is sys)\n"
                + "print(_imp.add_module('os') is _imp.add_module('os'))\n"));
        PyException e = assertThrows(PyException.class, () -> py.run("_imp.add_module([])"));
        assertTrue(e.matches(PyExc.TypeError));
        // a non-module entry is replaced by a new module, as import_add_module does
        assertEquals("True\n", py.run("sys.modules['zz'] = 5\nprint(type(_imp.add_module('zz')) is types.ModuleType)"));
    }

    @Test
    void importModule() {
        assertSame(py.interp.state().sys(), sys.importModule("sys"));
        PyObject math = sys.importModule("math");
        assertSame(math, sys.getModule(PyStr.of("math")));
        assertEquals("math", ((PyModule) math).name());
        assertTrue(assertThrows(PyException.class, () -> sys.importModule("nonexistent")).matches(PyExc.ModuleNotFoundError));
        assertTrue(assertThrows(PyException.class, () -> sys.importModule("")).matches(PyExc.ValueError));
        PyException e = assertThrows(PyException.class, () -> py.run("import _imp\n_imp.import_module(b'os')"));
        assertTrue(e.matches(PyExc.TypeError));
        assertEquals("True\n", py.run("import sys\ndel sys.modules['math']\nm = _imp.import_module('math')\n"
                + "print(m is sys.modules['math'] and m.__name__ == 'math')"));
    }

    @Test
    void execCodeModule() {
        check(c -> sys.execCodeModule(NAME, c));
        // a name that is not a str is a TypeError in the string forms
        PyException e = assertThrows(PyException.class,
                () -> py.run("import _imp\n_imp.exec_code_module(b'\\xff', compile('attr = 1', '<test>', 'exec'))"));
        assertTrue(e.matches(PyExc.TypeError));
        assertEquals("exec_code_module() argument 1 must be str, not bytes", e.value.toString());
    }

    @Test
    void execCodeModuleEx() {
        String o1 = check(c -> sys.execCodeModuleEx(NAME, c, null));
        assertEquals(abs("<test>"), o1);
        String o2 = check(c -> sys.execCodeModuleEx(NAME, c, "pathname"));
        assertEquals(abs("pathname"), o2);
        PyException e = assertThrows(PyException.class, () -> py.run(
                "import _imp\n_imp.exec_code_module_ex(b'\\xff', compile('attr = 1', '<test>', 'exec'), None)"));
        assertTrue(e.matches(PyExc.TypeError));
    }

    @Test
    void withPathnamesEveryCombination() throws Exception {
        // NULL, NULL
        assertEquals(abs("<test>"), check(c -> sys.execCodeModuleWithPathnames(NAME, c, null, null)));
        // pathname, NULL
        assertEquals(abs("pathname"), check(c -> sys.execCodeModuleWithPathnames(NAME, c, "pathname", null)));
        // NULL, cpathname without a .py form: pathname = cpathname
        assertEquals(abs("pathname"), check(c -> sys.execCodeModuleWithPathnames(NAME, c, null, "pathname")));
        // NULL, a __pycache__ path whose source exists: the source
        Files.writeString(dir.resolve("src.py"), "x = 1\n");
        String pyc = CachePaths.cacheFromSource(abs("src.py"), BytecodeCache.TAG);
        assertEquals(abs("src.py"), check(c -> sys.execCodeModuleWithPathnames(NAME, c, null, pyc)));
        // NULL, a __pycache__ path whose source does not exist: the pyc itself
        String pyc2 = CachePaths.cacheFromSource(abs("gone.py"), BytecodeCache.TAG);
        assertEquals(pyc2, check(c -> sys.execCodeModuleWithPathnames(NAME, c, null, pyc2)));
        // NULL, a .pyc outside __pycache__: the name without 'c' if that file exists
        assertEquals(abs("src.py"), check(c -> sys.execCodeModuleWithPathnames(NAME, c, null, abs("src.pyc"))));
        assertEquals(abs("other.pyc"), check(c -> sys.execCodeModuleWithPathnames(NAME, c, null, abs("other.pyc"))));
        // both given
        assertEquals(abs("p.py"), check(c -> sys.execCodeModuleWithPathnames(NAME, c, "p.py", "c.pyc")));
        // and the attributes they leave
        Code code = attrCode();
        PyModule m = (PyModule) sys.execCodeModuleWithPathnames("wp", code, "p.py", "pc.pyc");
        assertEquals("p.py", m.getDict().getItem("__file__").toString());
        assertEquals("pc.pyc", m.getDict().getItem("__cached__").toString());
        ModuleSpec spec = (ModuleSpec) m.getDict().getItem("__spec__");
        assertEquals(CachePaths.cacheFromSource(abs("p.py"), BytecodeCache.TAG), spec.cached().toString());
        assertEquals("SourceFileLoader", m.getDict().getItem("__loader__").getType().getName());
        // pathname == cpathname: a sourceless loader
        PyModule m2 = (PyModule) sys.execCodeModuleWithPathnames("wp2", code, null, "pathname");
        assertEquals("SourcelessFileLoader", m2.getDict().getItem("__loader__").getType().getName());
        assertEquals("None", py.eval("__import__('_imp').exec_code_module_with_pathnames('wp3', "
                + "compile('attr = 1', '<test>', 'exec'), None, None).__cached__"));
    }

    @Test
    void execCodeModuleObject() throws Exception {
        assertEquals(abs("<test>"), check(c -> sys.execCodeModuleObject(PyStr.of(NAME), c, null, null)));
        assertEquals(abs("pathname"),
                check(c -> sys.execCodeModuleObject(PyStr.of(NAME), c, PyStr.of("pathname"), null)));
        // the object form does not derive pathname from cpathname: co_filename is used
        assertEquals(abs("<test>"),
                check(c -> sys.execCodeModuleObject(PyStr.of(NAME), c, null, PyStr.of("pathname"))));
        String pyc = CachePaths.cacheFromSource(abs("src.py"), BytecodeCache.TAG);
        assertEquals(abs("<test>"), check(c -> sys.execCodeModuleObject(PyStr.of(NAME), c, null, PyStr.of(pyc))));
        // unhashable name: TypeError; hashable non-str: AttributeError from the loader's is_package
        PyException e = assertThrows(PyException.class,
                () -> sys.execCodeModuleObject(new org.minipy.objects.PyList(), attrCode(), null, null));
        assertTrue(e.matches(PyExc.TypeError));
        PyTuple nonstr = PyTuple.of(PyStr.of("hashable non-string"));
        PyException e2 = assertThrows(PyException.class, () -> sys.execCodeModuleObject(nonstr, attrCode(), null, null));
        assertTrue(e2.matches(PyExc.AttributeError));
        assertEquals("'tuple' object has no attribute 'rpartition'", e2.value.toString());
        sys.getModuleDict().pop(nonstr);
        assertEquals("1\n", py.run("import _imp\nm = _imp.exec_code_module_object('eo', compile('attr = 1', '<test>', 'exec'), None, None)\nprint(m.attr)"));
    }

    @Test
    void existingModuleIsReusedAndKeepsItsSpecAndLoader() {
        PyModule m = (PyModule) sys.execCodeModuleEx("re1", Interpreter.compileSource("a = 1", "f.py", "exec"), "f.py");
        PyObject spec = m.getDict().getItem("__spec__");
        PyObject loader = m.getDict().getItem("__loader__");
        PyModule m2 = (PyModule) sys.execCodeModuleEx("re1", Interpreter.compileSource("b = 2", "g.py", "exec"), "g.py");
        assertSame(m, m2);
        assertEquals("1", m.getDict().getItem("a").toString());
        assertEquals("2", m.getDict().getItem("b").toString());
        assertSame(spec, m.getDict().getItem("__spec__"));
        assertSame(loader, m.getDict().getItem("__loader__"));
        assertEquals("g.py", m.getDict().getItem("__file__").toString());
        assertTrue(m.getDict().getItem("__builtins__") != null);
    }

    @Test
    void failingBodyRemovesTheModuleEvenIfItWasThereBefore() {
        sys.addModule(PyStr.of("boom"));
        PyException e = assertThrows(PyException.class,
                () -> sys.execCodeModule("boom", Interpreter.compileSource("x = 1 / 0", "<b>", "exec")));
        assertTrue(e.matches(PyExc.ZeroDivisionError));
        assertNull(sys.getModule(PyStr.of("boom")));
    }

    @Test
    void moduleReplacingItselfAndModuleGone() {
        PyObject r = sys.execCodeModule("selfrep",
                Interpreter.compileSource("import sys\nsys.modules[__name__] = 42", "<s>", "exec"));
        assertEquals("42", r.toString());
        PyException e = assertThrows(PyException.class, () -> sys.execCodeModule("gone",
                Interpreter.compileSource("import sys\ndel sys.modules[__name__]", "<s>", "exec")));
        assertTrue(e.matches(PyExc.ImportError));
        assertEquals("Loaded module 'gone' not found in sys.modules", e.value.toString());
    }

    @Test
    void reloadModule() throws Exception {
        Files.writeString(dir.resolve("rel.py"), "x = 1\ncount = globals().get('count', 0) + 1\n");
        assertEquals("1 1\n", py.run("import rel, _imp, importlib\nprint(rel.x, rel.count)"));
        Files.writeString(dir.resolve("rel.py"), "x = 22\ncount = globals().get('count', 0) + 1\n# longer\n");
        assertEquals("22 2 True\n", py.run("r = importlib.reload(rel)\nprint(rel.x, rel.count, r is rel)"));
        assertEquals("22 3\n", py.run("_imp.reload_module(rel)\nprint(rel.x, rel.count)"));
        assertEquals("TypeError reload() argument must be a module\nImportError module zz not in sys.modules\n",
                py.run("import types\nfor a in [5, types.ModuleType('zz')]:\n    try:\n        importlib.reload(a)\n"
                        + "    except Exception as e:\n        print(type(e).__name__, e)"));
    }

    @Test
    void impStringFormsCheckTheirArguments() {
        String out = py.run("import _imp\nc = compile('attr = 1', '<test>', 'exec')\n"
                + "calls = [lambda: _imp.exec_code_module(1, c), lambda: _imp.exec_code_module_ex(1, c, None),\n"
                + "         lambda: _imp.exec_code_module_with_pathnames(1, c, None, None),\n"
                + "         lambda: _imp.exec_code_module_ex('n', c, 5), lambda: _imp.exec_code_module('n', 'code'),\n"
                + "         lambda: _imp.exec_code_module_object([], c, None, None)]\n"
                + "for f in calls:\n    try:\n        f()\n    except TypeError as e:\n        print(e)\n"
                + "m = _imp.exec_code_module_with_pathnames('wpn', c, 'p.py', None)\n"
                + "print(m.attr, m.__file__, m.__cached__, m.__spec__.cached.split('/')[-1])\n");
        assertEquals("exec_code_module() argument 1 must be str, not int\n"
                + "exec_code_module_ex() argument 1 must be str, not int\n"
                + "exec_code_module_with_pathnames() argument 1 must be str, not int\n"
                + "exec_code_module_ex() argument 3 must be str or None, not int\n"
                + "exec_code_module() argument 2 must be code, not str\n"
                + "unhashable type: 'list'\n"
                + "1 p.py None p.minipy-11.pyc\n", out);
    }
}
