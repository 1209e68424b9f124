package org.minipy.objects.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minipy.objects.containers.T.eqRepr;
import static org.minipy.objects.containers.T.list;
import static org.minipy.objects.containers.T.m;
import static org.minipy.objects.containers.T.py;
import static org.minipy.objects.containers.T.raises;
import static org.minipy.objects.containers.T.set;
import static org.minipy.objects.containers.T.tup;

import org.junit.jupiter.api.Test;
import org.minipy.objects.Abstract;
import org.minipy.objects.BinaryOps;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyEllipsis;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyObject;
import org.minipy.objects.PySet;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;
import org.minipy.objects.PyType;

/** set/frozenset methods and errors; GenericAlias and tuple subclasses. */
class SetTest {
    @Test
    void methods() {
        PySet s = set(1, 2, 3);
        eqRepr("{1, 2, 3, 4, 5}", m(s, "union", list(4), tup(5)));
        eqRepr("{2, 3}", m(s, "intersection", list(2, 3, 9)));
        eqRepr("{3}", m(s, "difference", list(1), list(2)));
        eqRepr("{1, 2, 4}", m(s, "symmetric_difference", list(3, 4)));
        assertEquals(PyBool.True, m(s, "issubset", list(1, 2, 3, 4)));
        assertEquals(PyBool.True, m(s, "issuperset", list(1)));
        assertEquals(PyBool.True, m(s, "isdisjoint", list(7)));
        PySet u = set(1, 2);
        m(u, "update", list(3), list(4));
        m(u, "intersection_update", list(1, 2, 3), list(2, 3));
        eqRepr("{2, 3}", u);
        m(u, "difference_update", list(2));
        eqRepr("{3}", u);
        PySet x = set(1, 2);
        m(x, "symmetric_difference_update", set(2, 3));
        eqRepr("{1, 3}", x);
        raises(PyExc.KeyError, "1", () -> m(new PySet(), "remove", 1));
        raises(PyExc.KeyError, "'pop from an empty set'", () -> m(new PySet(), "pop"));
        raises(PyExc.TypeError, "set.add() takes exactly one argument (0 given)", () -> m(new PySet(), "add"));
        raises(PyExc.TypeError, "'int' object is not iterable", () -> m(set(1), "issubset", 1));
        raises(PyExc.TypeError, "unsupported operand type(s) for |: 'set' and 'list'",
                () -> Abstract.binaryOp(set(1), list(1), BinaryOps.OR));
        raises(PyExc.TypeError, "unhashable type: 'list'", () -> set(list()));
        raises(PyExc.TypeError, "unhashable type: 'set'", () -> Abstract.hash(set()));
        raises(PyExc.TypeError, "set expected at most 1 argument, got 2", () -> T.call(PySet.TYPE, 1, 2));
        raises(PyExc.TypeError, "frozenset expected at most 1 argument, got 2",
                () -> T.call(PySet.FROZENSET_TYPE, 1, 2));
        raises(PyExc.TypeError, "set() takes no keyword arguments",
                () -> Abstract.call(PySet.TYPE, new PyObject[] {py(1)}, new String[] {"x"}));
        m(s, "discard", 99);
        m(s, "remove", 3);
        eqRepr("{1, 2}", s);
        m(s, "clear");
        eqRepr("set()", s);
    }

    @Test
    void frozensetAndRepr() {
        PyObject f = T.call(PySet.FROZENSET_TYPE, list(2, 1));
        eqRepr("frozenset({1, 2})", f);
        eqRepr("frozenset()", T.call(PySet.FROZENSET_TYPE));
        assertEquals(133146708735736L, Abstract.hash(T.call(PySet.FROZENSET_TYPE)));
        assertEquals(-272375401224217160L, Abstract.hash(T.call(PySet.FROZENSET_TYPE, list(1, 2, 3))));
        PySet holder = set(f);
        eqRepr("{frozenset({1, 2})}", holder);
        assertTrue(Abstract.contains(holder, set(1, 2))); // a set key is looked up as a frozenset
        raises(PyExc.KeyError, "{2}", () -> m(set(1), "remove", set(2)));
        PyObject fu = Abstract.binaryOp(f, set(3), BinaryOps.OR);
        eqRepr("frozenset({1, 2, 3})", fu);
        PyObject sf = Abstract.binaryOp(set(3), f, BinaryOps.OR);
        eqRepr("{1, 2, 3}", sf);
        assertTrue(Abstract.eq(set(1, 2), f));
        assertTrue(f == m(f, "copy"));
        PySet it = set(1, 2);
        PyObject iter = Abstract.iter(it);
        Abstract.next(iter);
        it.add(py(5));
        raises(PyExc.RuntimeError, "Set changed size during iteration", () -> Abstract.next(iter));
    }

    @Test
    void genericAliasAndTupleSubclass() {
        eqRepr("list[int]", Abstract.getItem(PyList.TYPE, PyInt.TYPE));
        eqRepr("dict[str, list[int]]", Abstract.getItem(PyDict.TYPE,
                tup(PyStr.TYPE, Abstract.getItem(PyList.TYPE, PyInt.TYPE))));
        eqRepr("tuple[int, ...]", Abstract.getItem(PyTuple.TYPE, tup(PyInt.TYPE, PyEllipsis.Ellipsis)));
        eqRepr("set[int]", Abstract.getItem(PySet.TYPE, PyInt.TYPE));
        eqRepr("['a']", T.call(Abstract.getItem(PyList.TYPE, PyInt.TYPE), tup("a")));
        PyType p = PyType.newHeapType("P", new PyType[] {PyTuple.TYPE}, new PyDict());
        PyObject t = T.call(p, list(1, 2));
        assertEquals(p, t.getType());
        eqRepr("(1, 2)", t);
        PyObject sum = Abstract.binaryOp(t, tup(), BinaryOps.ADD);
        assertEquals(PyTuple.TYPE, sum.getType());
        assertEquals(PyTuple.TYPE, Abstract.binaryOp(t, py(1), BinaryOps.MULTIPLY).getType());
        assertTrue(Abstract.eq(t, tup(1, 2)));
        assertEquals(Abstract.hash(tup(1, 2)), Abstract.hash(t));
    }
}
