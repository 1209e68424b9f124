package org.minipy.objects.scalars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minipy.objects.Abstract;
import org.minipy.objects.BinaryOps;
import org.minipy.objects.PyBuiltinFunction;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/** Python classes deriving from int, float and str (class MyInt(int): ...). */
class ScalarSubclassTest {
    private static PyType subclass(String name, PyType base, PyDict ns) {
        ns.setItem("__module__", PyStr.of("__main__"));
        return PyType.newHeapType(name, new PyType[] {base}, ns);
    }

    private static String repr(PyObject o) {
        return Abstract.repr(o).value();
    }

    @Test
    void intSubclass() {
        PyType myInt = subclass("MyInt", PyInt.TYPE, new PyDict());
        PyObject x = Abstract.call(myInt, PyStr.of("41"));
        assertSame(myInt, x.getType());
        assertEquals("41", repr(x));
        PyObject y = Abstract.binaryOp(x, PyInt.of(1), BinaryOps.ADD);
        assertSame(PyInt.TYPE, y.getType());
        assertEquals("42", repr(y));
        assertSame(PyInt.TYPE, Abstract.call(PyInt.TYPE, x).getType());
        assertSame(PyInt.TYPE, Abstract.positive(x).getType());
        Abstract.setAttr(x, "tag", PyStr.of("t"));
        assertEquals("'t'", repr(Abstract.getAttr(x, "tag")));
        assertEquals(Abstract.hash(PyInt.of(41)), Abstract.hash(x));
        assertTrue(Abstract.eq(x, PyInt.of(41)));
    }

    @Test
    void floatAndStrSubclasses() {
        PyType myFloat = subclass("MyFloat", PyFloat.TYPE, new PyDict());
        PyObject f = Abstract.call(myFloat, PyStr.of("1.5"));
        assertSame(myFloat, f.getType());
        assertEquals("1.5", repr(f));
        assertSame(PyFloat.TYPE, Abstract.call(PyFloat.TYPE, f).getType());

        PyDict ns = new PyDict();
        ns.setItem("shout", new PyBuiltinFunction("shout", (a, kw) -> Abstract.callMethod(a[0], "upper")));
        PyType myStr = subclass("MyStr", PyStr.TYPE, ns);
        PyObject s = Abstract.call(myStr, PyStr.of("ab"));
        assertSame(myStr, s.getType());
        assertEquals("'ab'", repr(s));
        assertSame(PyStr.TYPE, Abstract.str(s).getType());
        assertSame(PyStr.TYPE, Abstract.callMethod(s, "strip").getType());
        assertEquals("'abab'", repr(Abstract.binaryOp(s, PyInt.of(2), BinaryOps.MULTIPLY)));
        assertEquals("'AB'", repr(Abstract.callMethod(s, "upper")));
        assertTrue(Abstract.eq(s, PyStr.of("ab")));
        assertEquals("'ab!'", repr(Abstract.binaryOp(s, PyStr.of("!"), BinaryOps.ADD)));
    }
}
