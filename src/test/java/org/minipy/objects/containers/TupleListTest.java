package org.minipy.objects.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minipy.objects.containers.T.eqRepr;
import static org.minipy.objects.containers.T.list;
import static org.minipy.objects.containers.T.m;
import static org.minipy.objects.containers.T.mkw;
import static org.minipy.objects.containers.T.py;
import static org.minipy.objects.containers.T.raises;
import static org.minipy.objects.containers.T.tup;

import org.junit.jupiter.api.Test;
import org.minipy.objects.Abstract;
import org.minipy.objects.BinaryOps;
import org.minipy.objects.CompareOp;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyRange;
import org.minipy.objects.PySlice;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;
import org.minipy.objects.Unpack;

/** tuple and list against CPython 3.11's outputs and messages. */
class TupleListTest {
    private static PySlice sl(Object a, Object b, Object c) {
        return new PySlice(a == null ? null : py(a), b == null ? null : py(b), c == null ? null : py(c));
    }

    private static PyList range(int n) {
        PyList l = new PyList();
        for (int i = 0; i < n; i++) {
            l.append(PyInt.of(i));
        }
        return l;
    }

    @Test
    void tupleHashMatchesCPython() {
        assertEquals(-3550055125485641917L, Abstract.hash(tup(1, 2)));
        assertEquals(5740354900026072187L, Abstract.hash(tup()));
        assertEquals(-6644214454873602895L, Abstract.hash(tup(1)));
        assertEquals(7267574591690527098L, Abstract.hash(tup(1, tup(2, 3))));
        assertEquals(960947337673586213L, Abstract.hash(tup(-1, -2)));
        assertEquals(-5486347211504344842L, Abstract.hash(tup(tup())));
    }

    @Test
    void tupleBasics() {
        eqRepr("(1,)", tup(1));
        eqRepr("()", tup());
        eqRepr("(1, 'a')", tup(1, "a"));
        eqRepr("(3, 2, 1)", Abstract.getItem(tup(1, 2, 3), sl(null, null, -1)));
        eqRepr("(1, 2, 1, 2, 1, 2)", Abstract.binaryOp(tup(1, 2), py(3), BinaryOps.MULTIPLY));
        eqRepr("(1, 2, 1, 2)", Abstract.binaryOp(py(2), tup(1, 2), BinaryOps.MULTIPLY));
        eqRepr("(1, 2, 3)", Abstract.binaryOp(tup(1), tup(2, 3), BinaryOps.ADD));
        assertEquals(PyBool.True, Abstract.richCompare(tup(1, "a"), tup(1, "b"), CompareOp.LT));
        assertTrue(Abstract.contains(tup(1, 2), py(2)));
        assertEquals(3, Abstract.indexAsInt(Abstract.getItem(tup(1, 2, 3), py(-1))));
        raises(PyExc.IndexError, "tuple index out of range", () -> Abstract.getItem(tup(1), py(5)));
        raises(PyExc.TypeError, "tuple indices must be integers or slices, not str",
                () -> Abstract.getItem(tup(1), py("a")));
        raises(PyExc.ValueError, "tuple.index(x): x not in tuple", () -> m(tup(1), "index", 2));
        raises(PyExc.TypeError, "can only concatenate tuple (not \"list\") to tuple",
                () -> Abstract.binaryOp(tup(1), list(1), BinaryOps.ADD));
        assertEquals(PyInt.of(2), m(tup(1, 2, 1), "count", 1));
        assertEquals(PyInt.of(3), m(tup(1, 2, 3, 2), "index", 2, 2));
        eqRepr("(1, 2)", T.call(PyTuple.TYPE, list(1, 2)));
        eqRepr("()", T.call(PyTuple.TYPE));
        raises(PyExc.TypeError, "tuple expected at most 1 argument, got 2", () -> T.call(PyTuple.TYPE, 1, 2));
        PyList inner = list();
        PyTuple t = tup(inner);
        inner.append(t);
        eqRepr("([(...)],)", t);
    }

    @Test
    void unpack() {
        PyObject[] r = Unpack.sequence(tup(1, 2), 2);
        assertEquals(2, r.length);
        raises(PyExc.TypeError, "cannot unpack non-iterable int object", () -> Unpack.sequence(py(1), 2));
        raises(PyExc.ValueError, "not enough values to unpack (expected 2, got 1)", () -> Unpack.sequence(list(1), 2));
        raises(PyExc.ValueError, "too many values to unpack (expected 2)", () -> Unpack.sequence(list(1, 2, 3), 2));
        raises(PyExc.ValueError, "too many values to unpack (expected 2)",
                () -> Unpack.sequence(PyRange.of(0, 3, 1), 2));
        raises(PyExc.ValueError, "not enough values to unpack (expected at least 2, got 1)",
                () -> Unpack.ex(list(1), 1, 1));
        PyObject[] ex = Unpack.ex(list(1, 2, 3, 4), 1, 1);
        eqRepr("[2, 3]", ex[1]);
        eqRepr("4", ex[2]);
    }

    @Test
    void listSlicing() {
        PyList l = range(10);
        Abstract.setItem(l, sl(2, 5, null), list(7));
        eqRepr("[0, 1, 7, 5, 6, 7, 8, 9]", l);
        l = range(10);
        Abstract.setItem(l, sl(null, null, 3), list("a", "b", "c", "d"));
        eqRepr("['a', 1, 2, 'b', 4, 5, 'c', 7, 8, 'd']", l);
        l = range(10);
        Abstract.delItem(l, sl(null, null, 3));
        eqRepr("[1, 2, 4, 5, 7, 8]", l);
        l = range(10);
        Abstract.delItem(l, sl(8, 2, -2));
        eqRepr("[0, 1, 2, 3, 5, 7, 9]", l);
        l = range(10);
        Abstract.setItem(l, sl(5, 2, null), list("x"));
        eqRepr("[0, 1, 2, 3, 4, 'x', 5, 6, 7, 8, 9]", l);
        l = range(10);
        Abstract.setItem(l, sl(-3, null, null), list());
        eqRepr("[0, 1, 2, 3, 4, 5, 6]", l);
        eqRepr("[9, 6, 3, 0]", Abstract.getItem(range(10), sl(null, null, -3)));
        eqRepr("[8, 6, 4]", Abstract.getItem(range(10), sl(-2, -8, -2)));
        eqRepr("[]", Abstract.getItem(range(10), sl(100, null, null)));
        PyList self = range(3);
        Abstract.setItem(self, sl(1, null, null), self);
        eqRepr("[0, 0, 1, 2]", self);
        raises(PyExc.ValueError, "attempt to assign sequence of size 3 to extended slice of size 2",
                () -> Abstract.setItem(range(3), sl(null, null, 2), list(1, 2, 3)));
        raises(PyExc.TypeError, "must assign iterable to extended slice",
                () -> Abstract.setItem(range(3), sl(null, null, 2), py(5)));
        raises(PyExc.TypeError, "can only assign an iterable",
                () -> Abstract.setItem(range(3), sl(null, null, null), py(5)));
        raises(PyExc.ValueError, "slice step cannot be zero", () -> Abstract.getItem(range(3), sl(null, null, 0)));
        raises(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method",
                () -> Abstract.getItem(range(3), sl("a", null, null)));
    }

    @Test
    void listMethods() {
        PyList l = list(1, 2, 3);
        m(l, "insert", -10, 0);
        m(l, "insert", 100, 9);
        eqRepr("[0, 1, 2, 3, 9]", l);
        eqRepr("9", m(l, "pop"));
        eqRepr("0", m(l, "pop", 0));
        eqRepr("[1, 2, 3]", l);
        raises(PyExc.IndexError, "pop index out of range", () -> m(list(1), "pop", 5));
        raises(PyExc.IndexError, "pop from empty list", () -> m(list(), "pop"));
        raises(PyExc.ValueError, "list.remove(x): x not in list", () -> m(list(1), "remove", 2));
        raises(PyExc.ValueError, "2 is not in list", () -> m(list(1), "index", 2));
        raises(PyExc.ValueError, "'a' is not in list", () -> m(list(1), "index", "a"));
        raises(PyExc.TypeError, "list.append() takes exactly one argument (0 given)", () -> m(list(), "append"));
        raises(PyExc.TypeError, "pop expected at most 1 argument, got 2", () -> m(list(), "pop", 1, 2));
        raises(PyExc.TypeError, "insert expected 2 arguments, got 1", () -> m(list(), "insert", 1));
        raises(PyExc.TypeError, "index expected at least 1 argument, got 0", () -> m(list(), "index"));
        raises(PyExc.TypeError, "list.clear() takes no arguments (1 given)", () -> m(list(), "clear", 1));
        raises(PyExc.TypeError, "list.append() takes no keyword arguments",
                () -> mkw(list(), "append", new String[] {"x"}, 1));
        assertEquals(PyInt.of(3), m(list(1, 2, 3, 2), "index", 2, 2));
        assertEquals(PyInt.of(2), m(list(1, 2, 1), "count", 1));
        PyList c = (PyList) m(l, "copy");
        m(c, "reverse");
        eqRepr("[3, 2, 1]", c);
        m(c, "extend", tup(4, 5));
        m(c, "extend", c);
        eqRepr("[3, 2, 1, 4, 5, 3, 2, 1, 4, 5]", c);
        m(c, "clear");
        eqRepr("[]", c);
        raises(PyExc.TypeError, "'int' object is not iterable", () -> m(list(), "extend", 1));
    }

    @Test
    void listOperators() {
        eqRepr("[3, 1, 2, 3, 1, 2]", Abstract.binaryOp(list(3, 1, 2), py(2), BinaryOps.MULTIPLY));
        eqRepr("[0, 0]", Abstract.binaryOp(py(2), list(0), BinaryOps.MULTIPLY));
        eqRepr("[]", Abstract.binaryOp(list(1), py(-1), BinaryOps.MULTIPLY));
        raises(PyExc.TypeError, "can't multiply sequence by non-int of type 'str'",
                () -> Abstract.binaryOp(list(1), py("a"), BinaryOps.MULTIPLY));
        raises(PyExc.TypeError, "can only concatenate list (not \"tuple\") to list",
                () -> Abstract.binaryOp(list(1), tup(1), BinaryOps.ADD));
        PyList l = list(1);
        assertSame(l, Abstract.inplaceOp(l, tup(2, 3), BinaryOps.ADD));
        assertSame(l, Abstract.inplaceOp(l, py(2), BinaryOps.MULTIPLY));
        eqRepr("[1, 2, 3, 1, 2, 3]", l);
        assertEquals(PyBool.True, Abstract.richCompare(list(1, 2), list(1, 2, 3), CompareOp.LT));
        assertEquals(PyBool.True, Abstract.richCompare(list(2), list(1, 5), CompareOp.GT));
        assertTrue(Abstract.eq(list(1, 2), list(1, 2)));
        raises(PyExc.TypeError, "'<' not supported between instances of 'list' and 'int'",
                () -> Abstract.richCompare(list(1), py(1), CompareOp.LT));
        raises(PyExc.TypeError, "unhashable type: 'list'", () -> Abstract.hash(list()));
        PyList self = list(1, 2, 3);
        self.append(self);
        eqRepr("[1, 2, 3, [...]]", self);
        assertTrue(Abstract.contains(list(1, 2), py(2)));
        assertFalse(Abstract.contains(list(1, 2), py(3)));
        raises(PyExc.IndexError, "list assignment index out of range", () -> Abstract.setItem(list(1), py(5), py(1)));
        raises(PyExc.IndexError, "list assignment index out of range", () -> Abstract.delItem(list(1), py(5)));
        raises(PyExc.IndexError, "list index out of range", () -> Abstract.getItem(list(1), py(5)));
    }

    @Test
    void sort() {
        PyList l = list(5, 3, 1, 4, 2);
        mkw(l, "sort", new String[] {"reverse"}, PyBool.True);
        eqRepr("[5, 4, 3, 2, 1]", l);
        PyObject len = new org.minipy.objects.PyBuiltinFunction("len", (a, kw) -> PyInt.of(Abstract.len(a[0])));
        PyList w = list("bb", "a", "ccc", "dd", "e");
        mkw(w, "sort", new String[] {"key"}, len);
        eqRepr("['a', 'e', 'bb', 'dd', 'ccc']", w);
        w = list("bb", "a", "ccc", "dd", "e");
        mkw(w, "sort", new String[] {"key", "reverse"}, len, PyBool.True);
        eqRepr("['ccc', 'bb', 'dd', 'a', 'e']", w);
        raises(PyExc.TypeError, "'<' not supported between instances of 'str' and 'int'",
                () -> m(list(1, "a"), "sort"));
        raises(PyExc.TypeError, "sort() takes no positional arguments", () -> m(list(), "sort", 1));
        raises(PyExc.TypeError, "'x' is an invalid keyword argument for sort()",
                () -> mkw(list(), "sort", new String[] {"x"}, 1));
        // a big stable sort: pairs sorted by first item keep the order of their second item
        java.util.Random rnd = new java.util.Random(7);
        PyList big = new PyList();
        for (int i = 0; i < 2000; i++) {
            big.append(tup(rnd.nextInt(50), i));
        }
        PyObject first = new org.minipy.objects.PyBuiltinFunction("f", (a, kw) -> ((PyTuple) a[0]).get(0));
        mkw(big, "sort", new String[] {"key"}, first);
        for (int i = 1; i < big.size(); i++) {
            PyTuple p = (PyTuple) big.get(i - 1), q = (PyTuple) big.get(i);
            int c = ((PyInt) p.get(0)).compareTo((PyInt) q.get(0));
            assertTrue(c < 0 || (c == 0 && ((PyInt) p.get(1)).compareTo((PyInt) q.get(1)) < 0));
        }
        // list modified during sort
        PyList victim = list(3, 2, 1);
        PyObject mutate = new org.minipy.objects.PyBuiltinFunction("k", (a, kw) -> {
            victim.append(py(0));
            return a[0];
        });
        raises(PyExc.ValueError, "list modified during sort", () -> mkw(victim, "sort", new String[] {"key"}, mutate));
        eqRepr("[1, 2, 3]", victim);
    }

    @Test
    void constructorAndIterators() {
        eqRepr("[0, 1, 2]", T.call(PyList.TYPE, PyRange.of(0, 3, 1)));
        raises(PyExc.TypeError, "list expected at most 1 argument, got 2", () -> T.call(PyList.TYPE, 1, 2));
        PyList l = list(1, 2);
        PyObject it = Abstract.iter(l);
        assertEquals("list_iterator", it.getType().getName());
        assertEquals(py(1), Abstract.next(it));
        l.append(py(3));
        assertEquals(py(2), Abstract.next(it));
        assertEquals(py(3), Abstract.next(it));
        assertEquals(null, Abstract.next(it));
        l.append(py(4));
        assertEquals(null, Abstract.next(it));
        PyObject rev = m(l, "__reversed__");
        assertEquals("list_reverseiterator", rev.getType().getName());
        eqRepr("[4, 3, 2, 1]", PyList.fromIterable(rev));
        assertEquals(PyNone.None, PyList.TYPE.getDict().getItem("__hash__"));
        assertEquals(PyStr.of("a"), list("a").get(0));
    }
}
