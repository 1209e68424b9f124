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
import static org.minipy.objects.containers.T.set;
import static org.minipy.objects.containers.T.tup;

import org.junit.jupiter.api.Test;
import org.minipy.objects.Abstract;
import org.minipy.objects.BinaryOps;
import org.minipy.objects.CompareOp;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyMethodDescr;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyType;

/** dict, its views and iterators against CPython 3.11. */
class DictTest {
    private static PyDict dict(Object... kv) {
        PyDict d = new PyDict();
        for (int i = 0; i < kv.length; i += 2) {
            d.setItem(py(kv[i]), py(kv[i + 1]));
        }
        return d;
    }

    @Test
    void methods() {
        PyDict d = dict(1, 1, 2, 2, 3, 3);
        eqRepr("(3, 3)", m(d, "popitem"));
        eqRepr("1", m(d, "pop", 1));
        eqRepr("'x'", m(d, "pop", 7, "x"));
        eqRepr("[]", m(d, "setdefault", 5, new PyList()));
        eqRepr("{2: 2, 5: []}", d);
        eqRepr("None", m(d, "get", 9));
        eqRepr("2", m(d, "get", 2, 0));
        raises(PyExc.KeyError, "1", () -> m(new PyDict(), "pop", 1));
        raises(PyExc.KeyError, "'popitem(): dictionary is empty'", () -> m(new PyDict(), "popitem"));
        raises(PyExc.TypeError, "pop expected at least 1 argument, got 0", () -> m(d, "pop"));
        raises(PyExc.TypeError, "get expected at least 1 argument, got 0", () -> m(d, "get"));
        raises(PyExc.KeyError, "1", () -> Abstract.getItem(new PyDict(), py(1)));
        raises(PyExc.TypeError, "unhashable type: 'list'", () -> Abstract.getItem(new PyDict(), list()));
        raises(PyExc.TypeError, "unhashable type: 'dict'", () -> Abstract.hash(new PyDict()));
        PyDict c = (PyDict) m(d, "copy");
        m(c, "clear");
        eqRepr("{}", c);
        eqRepr("{2: 2, 5: []}", d);
        // popitem is LIFO and slots are reused
        PyDict e = new PyDict();
        for (int i = 0; i < 100; i++) {
            e.setItem(py(i), py(i));
            if (i % 3 == 0) {
                m(e, "popitem");
            }
        }
        assertEquals(66, e.size());
        eqRepr("(98, 98)", m(e, "popitem"));
    }

    @Test
    void popitemInsertCyclesTerminate() {
        PyDict d = new PyDict();
        d.setItem(py(-1), py(0));
        for (int i = 0; i < 200000; i++) {
            d.setItem(PyInt.of(i), py(i & 7));
            d.popItem();
        }
        eqRepr("{-1: 0}", d);
        for (int i = 0; i < 1000; i++) {
            d.setItem(PyInt.of(i), py(1));
            Abstract.delItem(d, PyInt.of(i));
        }
        assertEquals(1, d.size());
    }

    @Test
    void updateAndConstructor() {
        PyDict d = (PyDict) mkw(PyDict.TYPE, "__call__", new String[] {"a"}, 1);
        m(d, "update", list(tup("b", 2)));
        mkw(d, "update", new String[] {"c"}, 3);
        m(d, "update", dict("d", 4));
        eqRepr("{'a': 1, 'b': 2, 'c': 3, 'd': 4}", d);
        eqRepr("{1: 2, 'x': 1}", Abstract.call(PyDict.TYPE, new PyObject[] {list(list(1, 2)), py(1)}, new String[] {"x"}));
        raises(PyExc.TypeError, "'int' object is not iterable", () -> T.call(PyDict.TYPE, 1));
        raises(PyExc.ValueError, "dictionary update sequence element #0 has length 3; 2 is required",
                () -> T.call(PyDict.TYPE, list(tup(1, 2, 3))));
        raises(PyExc.TypeError, "cannot convert dictionary update sequence element #0 to a sequence",
                () -> T.call(PyDict.TYPE, list(1)));
        raises(PyExc.TypeError, "dict expected at most 1 argument, got 2", () -> T.call(PyDict.TYPE, 1, 2));
        raises(PyExc.TypeError, "update expected at most 1 argument, got 2", () -> m(d, "update", 1, 2));
        eqRepr("{'a': 0, 'b': 0}", m(PyDict.TYPE, "fromkeys", list("a", "b"), 0));
        eqRepr("{'a': None, 'b': None}", m(new PyDict(), "fromkeys", list("a", "b")));
        raises(PyExc.TypeError, "fromkeys expected at least 1 argument, got 0", () -> m(PyDict.TYPE, "fromkeys"));
    }

    @Test
    void operators() {
        eqRepr("{1: 2, 3: 4}", Abstract.binaryOp(dict(1, 2), dict(3, 4), BinaryOps.OR));
        raises(PyExc.TypeError, "unsupported operand type(s) for |: 'dict' and 'int'",
                () -> Abstract.binaryOp(dict(1, 2), py(1), BinaryOps.OR));
        PyDict d = dict(1, 2);
        assertSame(d, Abstract.inplaceOp(d, list(tup(5, 6)), BinaryOps.OR));
        eqRepr("{1: 2, 5: 6}", d);
        assertTrue(Abstract.eq(dict(1, 2, 3, 4), dict(3, 4, 1, 2)));
        assertFalse(Abstract.eq(dict(1, 1), dict(1, 2)));
        raises(PyExc.TypeError, "'<' not supported between instances of 'dict' and 'dict'",
                () -> Abstract.richCompare(dict(), dict(), CompareOp.LT));
        PyDict self = dict(1, 2);
        self.setItem(py(2), self);
        eqRepr("{1: 2, 2: {...}}", self);
        Abstract.delItem(self, py(2));
        raises(PyExc.KeyError, "2", () -> Abstract.delItem(self, py(2)));
        assertTrue(Abstract.contains(self, py(1)));
    }

    @Test
    void views() {
        PyDict d = dict("a", 1, "b", 2);
        PyObject keys = m(d, "keys"), values = m(d, "values"), items = m(d, "items");
        eqRepr("dict_keys(['a', 'b'])", keys);
        eqRepr("dict_values([1, 2])", values);
        eqRepr("dict_items([('a', 1), ('b', 2)])", items);
        eqRepr("{'a'}", Abstract.binaryOp(keys, set("a", "z"), BinaryOps.AND));
        eqRepr("{'b'}", Abstract.binaryOp(keys, set("a"), BinaryOps.SUBTRACT));
        assertEquals(3, Abstract.len(Abstract.binaryOp(keys, set("c"), BinaryOps.OR)));
        assertEquals(2, Abstract.len(Abstract.binaryOp(keys, set("a", "q"), BinaryOps.XOR)));
        assertTrue(Abstract.eq(keys, set("a", "b")));
        assertTrue(Abstract.eq(items, set(tup("a", 1), tup("b", 2))));
        assertEquals(PyBool.True, Abstract.richCompare(keys, set("a", "b", "c"), CompareOp.LT));
        assertTrue(Abstract.contains(items, tup("a", 1)));
        assertFalse(Abstract.contains(items, tup("a", 2)));
        assertTrue(Abstract.contains(values, py(1)));
        assertFalse(Abstract.eq(values, m(d, "values")));
        assertEquals(PyBool.True, m(keys, "isdisjoint", list("c")));
        eqRepr("mappingproxy({'a': 1, 'b': 2})", Abstract.getAttr(keys, "mapping"));
        d.setItem(py("c"), py(3));
        eqRepr("dict_keys(['a', 'b', 'c'])", keys); // live
        eqRepr("['c', 'b', 'a']", PyList.fromIterable(m(d, "__reversed__")));
        eqRepr("[('c', 3), ('b', 2), ('a', 1)]", PyList.fromIterable(m(items, "__reversed__")));
        assertEquals("dict_keyiterator", Abstract.iter(d).getType().getName());
        assertEquals("dict_itemiterator", Abstract.iter(items).getType().getName());
    }

    @Test
    void viewSetOperationOrder() {
        PyDict d = new PyDict();
        for (int k : new int[] {1, 9, 17, 25, 3}) {
            d.setItem(py(k), py(0));
        }
        PyObject keys = m(d, "keys");
        eqRepr("{33, 1, 3, 5, 9, 41, 17, 25}", Abstract.binaryOp(set(5, 33, 41), keys, BinaryOps.OR));
        eqRepr("{1, 17, 3, 33, 5, 9, 25, 41}", Abstract.binaryOp(keys, set(5, 33, 41), BinaryOps.OR));
        eqRepr("{1, 9}", Abstract.binaryOp(set(33, 1, 9), keys, BinaryOps.AND));
        eqRepr("{1, 9}", Abstract.binaryOp(keys, set(33, 1, 9, 40, 48), BinaryOps.AND));
        eqRepr("{33, 3, 9, 17, 25}", Abstract.binaryOp(set(1, 33), keys, BinaryOps.XOR));
        eqRepr("{17, 3, 9, 25}", Abstract.binaryOp(keys, set(1), BinaryOps.SUBTRACT));
        eqRepr("{2, 50}", Abstract.binaryOp(set(1, 2, 9, 50), keys, BinaryOps.SUBTRACT));
        eqRepr("{(1, 0), (9, 0)}", Abstract.binaryOp(m(d, "items"), set(tup(1, 0), tup(9, 0)), BinaryOps.AND));
    }

    @Test
    void iterationChanges() {
        PyDict d = dict(1, 1, 2, 2);
        PyObject it = Abstract.iter(d);
        Abstract.next(it);
        d.setItem(py(3), py(3));
        raises(PyExc.RuntimeError, "dictionary changed size during iteration", () -> Abstract.next(it));
        PyDict e = dict(1, 1, 2, 2);
        PyObject it2 = Abstract.iter(e);
        raises(PyExc.RuntimeError, "dictionary keys changed during iteration", () -> {
            for (PyObject k = Abstract.next(it2); k != null; k = Abstract.next(it2)) {
                Abstract.delItem(e, k);
                e.setItem(PyInt.add((PyInt) k, PyInt.of(10)), py(1));
            }
        });
    }

    @Test
    void subclassMissing() {
        PyDict ns = new PyDict();
        PyType[] holder = new PyType[1];
        ns.setItem("__missing__", new PyMethodDescr(PyDict.TYPE, "__missing__",
                (a, kw) -> PyInt.multiply((PyInt) a[1], PyInt.of(2)), false));
        PyType sub = PyType.newHeapType("D", new PyType[] {PyDict.TYPE}, ns);
        holder[0] = sub;
        PyObject d = Abstract.call(sub, new PyObject[] {py(1)}, new String[] {"a"});
        assertEquals(sub, d.getType());
        eqRepr("{'a': 1}", d);
        eqRepr("8", Abstract.getItem(d, py(4)));
        assertEquals(PyDict.TYPE, m(d, "copy").getType());
        assertEquals(sub, m(sub, "fromkeys", list("a", "b")).getType());
        eqRepr("{'a': None, 'b': None}", m(sub, "fromkeys", list("a", "b")));
    }
}
