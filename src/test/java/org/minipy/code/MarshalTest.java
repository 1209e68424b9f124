package org.minipy.code;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minipy.Interpreter;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyException;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyObject;

/** marshal round trips of constants and code objects, and CPython's errors for bad data. */
class MarshalTest {
    private static PyObject roundTrip(PyObject o) {
        return Marshal.loads(Marshal.dumps(o));
    }

    private static void same(String expr) {
        try (Interpreter py = Interpreter.create()) {
            PyObject v = py.eval(expr);
            PyObject back = roundTrip(v);
            assertEquals(Abstract.repr(v).value(), Abstract.repr(back).value());
            assertEquals(v.getType(), back.getType());
        }
    }

    @Test
    void constants() {
        for (String e : new String[] {"None", "True", "False", "...", "0", "-1", "2**31", "-2**31 - 1", "2**63 - 1",
            "-2**63", "2**100", "-(3**90)", "1.5", "-0.0", "float('inf')", "1e308", "''", "'abc'", "'h\\u00e9\\u20ac\\U0001F600'",
            "'\\ud800'", "b''", "b'\\x00\\xff'", "()", "(1, ('a', 'a', 'a'))", "[1, [2, []]]", "{'a': 1, 2: [3]}",
            "{1, 2, 3}", "frozenset({'x'})", "set()"}) {
            same(e);
        }
        PyObject nan = roundTrip(new org.minipy.objects.PyFloat(Double.NaN));
        assertTrue(Double.isNaN(((org.minipy.objects.PyFloat) nan).value));
    }

    @Test
    void codeObjects() {
        String src = "def f(a, b=2, *c, d, **e):\n    x = [i for i in a]\n    def g():\n        return x\n"
                + "    try:\n        return g()\n    except KeyError as k:\n        raise\n"
                + "class C:\n    def m(self):\n        return __class__\n";
        Code c = Interpreter.compileSource(src, "m.py", "exec");
        Code d = (Code) roundTrip(c);
        assertArrayEquals(c.co_code, d.co_code);
        assertArrayEquals(c.lineTable, d.lineTable);
        assertArrayEquals(c.exceptionTable, d.exceptionTable);
        assertArrayEquals(c.co_names, d.co_names);
        assertEquals(c.co_filename, d.co_filename);
        assertEquals(c.co_consts.length, d.co_consts.length);
        Code f1 = firstCode(c);
        Code f2 = firstCode(d);
        assertArrayEquals(f1.localsplusNames, f2.localsplusNames);
        assertArrayEquals(f1.localsplusKinds, f2.localsplusKinds);
        assertEquals(f1.co_flags, f2.co_flags);
        assertEquals(f1.co_argcount, f2.co_argcount);
        assertEquals(f1.co_kwonlyargcount, f2.co_kwonlyargcount);
        assertEquals(f1.co_qualname, f2.co_qualname);
        assertEquals(f1.co_firstlineno, f2.co_firstlineno);
        assertEquals(f1.co_stacksize, f2.co_stacksize);
        // dumps is deterministic
        assertArrayEquals(Marshal.dumps(c), Marshal.dumps(d));
        // a new filename can be given when loading
        byte[] data = Marshal.dumps(c);
        Code e = (Code) Marshal.loads(data, 0, data.length, "other.py");
        assertEquals("other.py", e.co_filename);
        assertEquals("other.py", firstCode(e).co_filename);
    }

    private static Code firstCode(Code c) {
        for (PyObject o : c.co_consts) {
            if (o instanceof Code k) {
                return k;
            }
        }
        throw new AssertionError("no nested code");
    }

    private static PyException fails(byte[] data) {
        return assertThrows(PyException.class, () -> Marshal.loads(data));
    }

    @Test
    void errorsAsCPython() {
        PyException e = fails(new byte[0]);
        assertTrue(e.matches(PyExc.EOFError));
        assertEquals("EOF read where object expected", e.value.toString());
        e = fails(new byte[] {'i', 1});
        assertTrue(e.matches(PyExc.EOFError));
        assertEquals("marshal data too short", e.value.toString());
        e = fails(new byte[] {(byte) 0x99});
        assertTrue(e.matches(PyExc.ValueError));
        assertEquals("bad marshal data (unknown type code)", e.value.toString());
        e = fails(new byte[] {'u', 5, 0, 0, 0, 'a', 'b'});
        assertTrue(e.matches(PyExc.EOFError));
        e = fails(new byte[] {'(', 2, 0, 0, 0, 'N'});
        assertTrue(e.matches(PyExc.EOFError));
        try (Interpreter py = Interpreter.create()) {
            PyException u = assertThrows(PyException.class, () -> Marshal.dumps(py.eval("object()")));
            assertEquals("unmarshallable object", u.value.toString());
            assertThrows(PyException.class, () -> Marshal.dumps(py.eval("[print]")));
        }
    }

    @Test
    void everyTruncationOfACodeObjectFailsCleanly() {
        byte[] data = Marshal.dumps(Interpreter.compileSource("def f(x):\n    return x + 1\ny = f(2)\n", "t.py", "exec"));
        for (int n = 0; n < data.length; n++) {
            byte[] cut = java.util.Arrays.copyOf(data, n);
            PyException e = assertThrows(PyException.class, () -> Marshal.loads(cut));
            assertTrue(e.matches(PyExc.EOFError) || e.matches(PyExc.ValueError), e.value.toString());
        }
        // and random corruption never escapes as a Java exception
        java.util.Random r = new java.util.Random(1);
        for (int k = 0; k < 2000; k++) {
            byte[] bad = data.clone();
            bad[r.nextInt(bad.length)] = (byte) r.nextInt(256);
            try {
                Marshal.loads(bad);
            } catch (PyException ok) {
                // fine
            }
        }
    }
}
