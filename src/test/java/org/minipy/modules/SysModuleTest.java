package org.minipy.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minipy.builtins.FakeRuntime.error;

import org.junit.jupiter.api.Test;
import org.minipy.objects.Abstract;
import org.minipy.objects.CompareOp;
import org.minipy.objects.PyBaseException;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyTuple;

class SysModuleTest extends ModuleTestBase {
    private final PyModule sys = rt.sys();

    private PyObject attr(String name) {
        return Abstract.getAttr(sys, name);
    }

    @Test
    void attributes() {
        assertEquals("['prog.py']", repr(attr("argv")));
        assertEquals("['/lib']", repr(attr("path")));
        assertSame(rt.modules, attr("modules"));
        assertEquals("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)",
                repr(attr("version_info")));
        assertEquals("<class 'sys.version_info'>", repr(attr("version_info").getType()));
        assertEquals("3", repr(Abstract.getAttr(attr("version_info"), "major")));
        assertEquals("11", repr(Abstract.getItem(attr("version_info"), i(1))));
        assertTrue(Abstract.richCompareBool(attr("version_info"), PyTuple.of(i(3), i(8)), CompareOp.GT));
        assertTrue(Abstract.richCompareBool(PyTuple.of(i(3), i(8)), attr("version_info"), CompareOp.LT));
        assertTrue(repr(attr("version")).startsWith("'3.11."));
        assertEquals("'minipy'", repr(Abstract.getAttr(attr("implementation"), "name")));
        assertEquals("'minipy-11'", repr(Abstract.getAttr(attr("implementation"), "cache_tag")));
        assertTrue(repr(attr("implementation")).startsWith("namespace(name='minipy', cache_tag='minipy-11', "
                + "version=sys.version_info(major=3"));
        assertEquals("9223372036854775807", repr(attr("maxsize")));
        assertEquals("'little'", repr(attr("byteorder")));
        assertEquals("'linux'", repr(attr("platform")));
        assertSame(rt.stdout, attr("stdout"));
        assertSame(rt.stdout, attr("__stdout__"));
        assertEquals("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>", repr(attr("stdout")));
        assertEquals("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>", repr(attr("stdin")));
        assertEquals("False", repr(attr("dont_write_bytecode")));
        assertTrue(Abstract.contains(attr("builtin_module_names"), s("math")));
    }

    @Test
    void functions() {
        assertEquals("SystemExit: 3", error(() -> call(sys, "exit", i(3))));
        try {
            call(sys, "exit");
        } catch (org.minipy.objects.PyException e) {
            assertEquals("None", repr(e.value.attr("code")));
        }
        assertEquals("TypeError: exit expected at most 1 argument, got 2", error(() -> call(sys, "exit", i(1), i(2))));
        assertEquals("1000", r(sys, "getrecursionlimit"));
        call(sys, "setrecursionlimit", i(50));
        assertEquals("50", r(sys, "getrecursionlimit"));
        assertEquals("ValueError: recursion limit must be greater or equal than 1",
                error(() -> call(sys, "setrecursionlimit", i(0))));
        assertEquals("TypeError: 'str' object cannot be interpreted as an integer",
                error(() -> call(sys, "setrecursionlimit", s("a"))));
        assertEquals("(None, None, None)", r(sys, "exc_info"));
        PyBaseException e = PyErr.valueError("boom").value;
        rt.currentException = e;
        assertEquals("(<class 'ValueError'>, ValueError('boom'), None)", r(sys, "exc_info"));
        assertEquals("TypeError: intern() argument must be str, not int", error(() -> call(sys, "intern", i(1))));
        assertEquals("'utf-8'", r(sys, "getdefaultencoding"));
        assertSame(PyExc.ValueError, e.getType());
    }

    @Test
    void writeThroughStreams() {
        Abstract.callMethod(attr("stdout"), "write", s("héllo\n"));
        assertEquals("héllo\n", rt.output());
        assertEquals("TypeError: write() argument must be str, not int",
                error(() -> Abstract.callMethod(attr("stdout"), "write", i(1))));
        Abstract.callMethod(attr("stderr"), "write", s("e"));
        assertEquals("e", rt.err.toString());
    }

    @Test
    void simpleNamespace() {
        PyModule types = module("types");
        PyObject ns = Abstract.call(Abstract.getAttr(types, "SimpleNamespace"), new PyObject[] {i(1), s("x")},
                new String[] {"a", "b"});
        assertEquals("namespace(a=1, b='x')", repr(ns));
        assertEquals("1", repr(Abstract.getAttr(ns, "a")));
        PyObject ns2 = Abstract.call(Abstract.getAttr(types, "SimpleNamespace"), new PyObject[] {i(1), s("x")},
                new String[] {"a", "b"});
        assertTrue(Abstract.eq(ns, ns2));
        assertEquals("TypeError: no positional arguments expected",
                error(() -> Abstract.call(Abstract.getAttr(types, "SimpleNamespace"), i(1))));
        assertEquals("<class 'types.SimpleNamespace'>", repr(Abstract.getAttr(types, "SimpleNamespace")));
    }
}
