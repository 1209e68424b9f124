package org.minipy.objects.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minipy.objects.containers.T.eqRepr;
import static org.minipy.objects.containers.T.list;
import static org.minipy.objects.containers.T.m;
import static org.minipy.objects.containers.T.py;
import static org.minipy.objects.containers.T.set;
import static org.minipy.objects.containers.T.tup;

import org.junit.jupiter.api.Test;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyEnumerate;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyList;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyRange;
import org.minipy.objects.PyReversed;
import org.minipy.objects.PySet;

/** Containers holding floats, bools and strs (needs the scalar types' hashing and comparison). */
class WithScalarsTest {
    private static PyFloat f(double d) {
        return new PyFloat(d);
    }

    @Test
    void floatsAndMixedNumbers() {
        eqRepr("{0.5, 1.5, 2.5, 3.25, 10000000000.0, 0.1, -1.5}",
                set(f(1.5), f(2.5), f(0.5), f(3.25), f(-1.5), f(1e10), f(0.1)));
        PySet halves = new PySet();
        for (int i = 0; i < 12; i++) {
            halves.add(f(0.5 * i));
        }
        eqRepr("{0.0, 0.5, 2.0, 1.0, 1.5, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 5.5}", halves);
        eqRepr("{1}", set(1, f(1.0), PyBool.True));
        eqRepr("{1.0}", set(f(1.0), 1));
        PyDict d = new PyDict();
        d.setItem(py(1), py("a"));
        d.setItem(f(1.0), py("b"));
        d.setItem(PyBool.True, py("c"));
        eqRepr("{1: 'c'}", d);
        assertEquals(9000494312501845833L, Abstract.hash(PySet.frozenFromIterable(list(f(0.5), f(1.5)))));
        assertTrue(Abstract.eq(tup(1, f(2.0)), tup(f(1.0), 2)));
        assertEquals(Abstract.hash(tup(1, 2)), Abstract.hash(tup(1, f(2.0))));
        assertTrue(Abstract.contains(PyRange.of(0, 3, 1), f(1.0)));
        eqRepr("1", m(PyRange.of(0, 3, 1), "count", f(1.0)));
        PyList nums = list(f(3.5), 1, f(2.25), -1);
        m(nums, "sort");
        eqRepr("[-1, 1, 2.25, 3.5]", nums);
    }

    @Test
    void strings() {
        PyList words = list("pear", "apple", "fig");
        m(words, "sort");
        eqRepr("['apple', 'fig', 'pear']", words);
        eqRepr("['c', 'b', 'a']", PyList.fromIterable(PyReversed.of(py("abc"))));
        eqRepr("{'a': None, 'b': None}", m(PyDict.TYPE, "fromkeys", "ab"));
        PyObject e = T.call(PyEnumerate.TYPE, "xy");
        eqRepr("[(0, 'x'), (1, 'y')]", PyList.fromIterable(e));
    }
}
