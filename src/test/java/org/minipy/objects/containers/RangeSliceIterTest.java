package org.minipy.objects.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minipy.objects.containers.T.eqRepr;
import static org.minipy.objects.containers.T.list;
import static org.minipy.objects.containers.T.m;
import static org.minipy.objects.containers.T.py;
import static org.minipy.objects.containers.T.raises;
import static org.minipy.objects.containers.T.tup;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyBuiltinFunction;
import org.minipy.objects.PyEnumerate;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyFilter;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyMap;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyRange;
import org.minipy.objects.PyReversed;
import org.minipy.objects.PySlice;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyZip;

/** range, slice and the iteration helper types against CPython 3.11. */
class RangeSliceIterTest {
    private static PyObject rng(Object... a) {
        return T.call(PyRange.TYPE, a);
    }

    private static PyList listOf(PyObject iterable) {
        return PyList.fromIterable(iterable);
    }

    @Test
    void range() {
        eqRepr("range(0, 10)", rng(10));
        eqRepr("range(0, 10, 2)", rng(0, 10, 2));
        eqRepr("range(2, 6, 2)", Abstract.getItem(rng(0, 10, 2), new PySlice(py(1), py(3), null)));
        eqRepr("range(9, -1, -1)", Abstract.getItem(rng(10), new PySlice(null, null, py(-1))));
        eqRepr("range(3, 3)", Abstract.getItem(rng(3), new PySlice(py(5), py(10), null)));
        eqRepr("[7, 4, 1]", listOf(PyReversed.of(rng(1, 10, 3))));
        eqRepr("[0, 3, 6, 9]", listOf(rng(0, 10, 3)));
        eqRepr("[10, 7, 4, 1]", listOf(rng(10, 0, -3)));
        assertEquals(4, Abstract.len(rng(0, 10, 3)));
        eqRepr("6", Abstract.getItem(rng(0, 10, 3), py(-2)));
        raises(PyExc.IndexError, "range object index out of range", () -> Abstract.getItem(rng(5), py(10)));
        raises(PyExc.TypeError, "range indices must be integers or slices, not str",
                () -> Abstract.getItem(rng(5), py("a")));
        raises(PyExc.ValueError, "range() arg 3 must not be zero", () -> rng(1, 2, 0));
        raises(PyExc.TypeError, "range expected at least 1 argument, got 0", () -> rng());
        raises(PyExc.TypeError, "range expected at most 3 arguments, got 4", () -> rng(1, 2, 3, 4));
        raises(PyExc.TypeError, "'float' object cannot be interpreted as an integer", () -> rng(new PyFloat(1.0)));
        raises(PyExc.ValueError, "7 is not in range", () -> m(rng(5), "index", 7));
        raises(PyExc.ValueError, "sequence.index(x): x not in sequence", () -> m(rng(5), "index", "a"));
        eqRepr("3", m(rng(0, 10, 3), "index", 9));
        eqRepr("1", m(rng(5), "count", 3));
        assertTrue(Abstract.contains(rng(0, 10, 3), py(9)));
        assertFalse(Abstract.contains(rng(0, 10, 3), py(8)));
        assertTrue(Abstract.eq(rng(3), rng(0, 3, 1)));
        assertTrue(Abstract.eq(rng(0), rng(5, 5)));
        assertEquals(Abstract.hash(rng(0, 3)), Abstract.hash(rng(0, 3, 1)));
        eqRepr("0", Abstract.getAttr(rng(3), "start"));
        eqRepr("range(0, 1)", rng(PyBool.True));
        assertEquals("range_iterator", Abstract.iter(rng(5)).getType().getName());
        // beyond a long
        PyObject huge = rng(PyInt.of(BigInteger.TWO.pow(70)));
        eqRepr("range(0, 1180591620717411303424)", huge);
        eqRepr("1180591620717411303423", Abstract.getItem(huge, py(-1)));
        eqRepr("5", Abstract.getItem(huge, py(5)));
        assertTrue(Abstract.isTrue(huge));
        raises(PyExc.OverflowError, "Python int too large to convert to C ssize_t", () -> Abstract.len(huge));
        assertEquals("longrange_iterator", Abstract.iter(huge).getType().getName());
        PyObject it = Abstract.iter(rng(PyInt.of(Long.MAX_VALUE - 1), PyInt.of(BigInteger.TWO.pow(63).add(BigInteger.ONE))));
        eqRepr("9223372036854775806", Abstract.next(it));
        eqRepr("9223372036854775807", Abstract.next(it));
        eqRepr("9223372036854775808", Abstract.next(it));
        assertEquals(null, Abstract.next(it));
    }

    @Test
    void slice() {
        eqRepr("slice(1, 2, None)", T.call(PySlice.TYPE, 1, 2));
        eqRepr("slice(None, 5, None)", T.call(PySlice.TYPE, 5));
        eqRepr("(0, 5, 1)", m(T.call(PySlice.TYPE, PyNone.None, 5), "indices", 10));
        eqRepr("(7, -1, -1)", m(T.call(PySlice.TYPE, -3, PyNone.None, -1), "indices", 10));
        assertTrue(Abstract.eq(T.call(PySlice.TYPE, 1, 2), T.call(PySlice.TYPE, 1, 2)));
        raises(PyExc.ValueError, "slice step cannot be zero", () -> m(T.call(PySlice.TYPE, 1, 2, 0), "indices", 3));
        raises(PyExc.TypeError, "slice expected at least 1 argument, got 0", () -> T.call(PySlice.TYPE));
        raises(PyExc.TypeError, "unhashable type: 'slice'", () -> Abstract.hash(T.call(PySlice.TYPE, 1)));
        PySlice.Indices ix = new PySlice(py(-3), null, py(-1)).indices(10);
        assertEquals(7, ix.start());
        assertEquals(-1, ix.stop());
        assertEquals(-1, ix.step());
        assertEquals(8, ix.length());
        ix = new PySlice(PyInt.of(BigInteger.TEN.pow(30)), null, null).indices(10);
        assertEquals(0, ix.length());
    }

    @Test
    void iterationTypes() {
        eqRepr("[(5, 'a'), (6, 'b')]", listOf(Abstract.call(PyEnumerate.TYPE, new PyObject[] {list("a", "b"), py(5)},
                new String[] {"start"})));
        raises(PyExc.TypeError, "enumerate() missing required argument 'iterable'", () -> T.call(PyEnumerate.TYPE));
        raises(PyExc.TypeError, "'x' is an invalid keyword argument for enumerate()",
                () -> Abstract.call(PyEnumerate.TYPE, new PyObject[] {py(1)}, new String[] {"x"}));
        PyObject e = T.call(PyEnumerate.TYPE, list());
        assertTrue(Abstract.repr(e).value().startsWith("<enumerate object at 0x"));
        eqRepr("[(1, 'a'), (2, 'b')]", listOf(T.call(PyZip.TYPE, list(1, 2, 3), tup("a", "b"))));
        eqRepr("[]", listOf(T.call(PyZip.TYPE)));
        PyObject strictShort = Abstract.call(PyZip.TYPE, new PyObject[] {list(1, 2), list(1), PyBool.True},
                new String[] {"strict"});
        raises(PyExc.ValueError, "zip() argument 2 is shorter than argument 1", () -> listOf(strictShort));
        PyObject strictLong = Abstract.call(PyZip.TYPE, new PyObject[] {list(1), list(1, 2), PyBool.True},
                new String[] {"strict"});
        raises(PyExc.ValueError, "zip() argument 2 is longer than argument 1", () -> listOf(strictLong));
        PyObject strict3 = Abstract.call(PyZip.TYPE, new PyObject[] {list(1, 2), list(1, 2), list(1), PyBool.True},
                new String[] {"strict"});
        raises(PyExc.ValueError, "zip() argument 3 is shorter than arguments 1-2", () -> listOf(strict3));
        PyObject add = new PyBuiltinFunction("add", (a, kw) -> PyInt.add((PyInt) a[0], (PyInt) a[1]));
        eqRepr("[4, 6]", listOf(T.call(PyMap.TYPE, add, list(1, 2), list(3, 4, 5))));
        raises(PyExc.TypeError, "map() must have at least two arguments.", () -> T.call(PyMap.TYPE, add));
        eqRepr("[1, 2]", listOf(T.call(PyFilter.TYPE, PyNone.None, list(0, 1, 2))));
        PyObject odd = new PyBuiltinFunction("odd", (a, kw) -> PyBool.of((((PyInt) a[0]).value & 1) == 1));
        eqRepr("[1, 3]", listOf(T.call(PyFilter.TYPE, odd, list(1, 2, 3, 4))));
        raises(PyExc.TypeError, "filter expected 2 arguments, got 1", () -> T.call(PyFilter.TYPE, 1));
        eqRepr("[3, 2, 1]", listOf(T.call(PyReversed.TYPE, tup(1, 2, 3))));
        eqRepr("[3, 2, 1]", listOf(T.call(PyReversed.TYPE, list(1, 2, 3))));
        assertEquals("reversed", T.call(PyReversed.TYPE, tup(1)).getType().getName());
        assertEquals("list_reverseiterator", T.call(PyReversed.TYPE, list(1)).getType().getName());
        raises(PyExc.TypeError, "'int' object is not reversible", () -> T.call(PyReversed.TYPE, 1));
        raises(PyExc.TypeError, "'set' object is not reversible", () -> T.call(PyReversed.TYPE, T.set(1)));
        raises(PyExc.TypeError, "reversed expected 1 argument, got 0", () -> T.call(PyReversed.TYPE));
        assertEquals(PyStr.of("a"), Abstract.getItem(tup("a"), py(0)));
    }
}
