package org.minipy.objects.scalars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.minipy.objects.Abstract;
import org.minipy.objects.BinaryOps;
import org.minipy.objects.PercentFormat;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyException;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;
import org.minipy.objects.StrFormatter;

/** Behaviour the python3 tables cannot express: identities, hashes across types, dir(), APIs. */
class ScalarApiTest {
    private static String repr(PyObject o) {
        return Abstract.repr(o).value();
    }

    @Test
    void equalNumbersHashEqual() {
        assertEquals(Abstract.hash(PyInt.of(1)), Abstract.hash(PyFloat.of(1.0)));
        assertEquals(Abstract.hash(PyBool.True), Abstract.hash(PyInt.of(1)));
        BigInteger big = BigInteger.TWO.pow(80);
        assertEquals(Abstract.hash(PyInt.of(big)), Abstract.hash(PyFloat.of(big.doubleValue())));
        assertEquals(Abstract.hash(PyInt.of(big.negate())), Abstract.hash(PyFloat.of(-big.doubleValue())));
        assertEquals(-2, Abstract.hash(PyInt.of(-1)));
        assertEquals(-2, Abstract.hash(PyFloat.of(-1.0)));
    }

    @Test
    void nanHashesByIdentity() {
        PyFloat a = PyFloat.of(Double.NaN), b = PyFloat.of(Double.NaN);
        assertEquals(Abstract.hash(a), Abstract.hash(a));
        assertNotEquals(Abstract.hash(a), Abstract.hash(b));
    }

    @Test
    void strHashIsJavaHash() {
        assertEquals("hello".hashCode(), Abstract.hash(PyStr.of("hello")));
    }

    @Test
    void smallIntsAndCharsAreShared() {
        assertSame(PyInt.of(5), Abstract.binaryOp(PyInt.of(2), PyInt.of(3), BinaryOps.ADD));
        assertSame(PyStr.of("b"), Abstract.getItem(PyStr.of("abc"), PyInt.of(1)));
        PyStr s = PyStr.of("abc");
        assertSame(s, Abstract.binaryOp(s, PyStr.EMPTY, BinaryOps.ADD));
    }

    @Test
    void boolResultsOfIntOps() {
        assertSame(PyBool.True, Abstract.binaryOp(PyBool.True, PyBool.True, BinaryOps.AND));
        PyObject two = Abstract.binaryOp(PyBool.True, PyBool.True, BinaryOps.ADD);
        assertEquals(PyInt.TYPE, two.getType());
        assertEquals("1", repr(Abstract.positive(PyBool.True)));
    }

    @Test
    void nonBmpStringsIndexByCodePoint() {
        PyStr s = PyStr.of("a\uD83D\uDE00b");
        assertEquals(3, Abstract.len(s));
        assertEquals("'\uD83D\uDE00'", repr(Abstract.getItem(s, PyInt.of(1))));
        assertEquals("'b'", repr(Abstract.getItem(s, PyInt.of(-1))));
        assertEquals("2", repr(Abstract.callMethod(s, "find", PyStr.of("b"))));
        assertEquals("['a', '\uD83D\uDE00', 'b']", repr(PyList.fromIterable(s)));
        // code point order: U+1F600 sorts after U+FFFF although its UTF-16 units are smaller
        assertTrue(Abstract.richCompareBool(PyStr.of("\uFFFF"), s.getSlice(new org.minipy.objects.PySlice(
                PyInt.of(1), PyInt.of(2), null)), org.minipy.objects.CompareOp.LT));
    }

    @Test
    void slotWrappersAndDir() {
        PyObject add = Abstract.getAttr(PyStr.TYPE, "__add__");
        assertEquals("'ab'", repr(Abstract.call(add, PyStr.of("a"), PyStr.of("b"))));
        assertEquals("7", repr(Abstract.call(Abstract.getAttr(PyInt.TYPE, "__add__"), PyInt.of(3), PyInt.of(4))));
        String dir = repr(Abstract.callMethod(PyStr.of(""), "__dir__"));
        for (String name : new String[] {"'split'", "'join'", "'__add__'", "'__mod__'", "'format'", "'maketrans'"}) {
            assertTrue(dir.contains(name), name);
        }
        String intDir = repr(Abstract.callMethod(PyInt.of(1), "__dir__"));
        for (String name : new String[] {"'bit_length'", "'from_bytes'", "'__radd__'", "'real'", "'numerator'"}) {
            assertTrue(intDir.contains(name), name);
        }
    }

    @Test
    void staticHelpers() {
        assertEquals("3", repr(PyInt.pow(PyInt.of(2), PyInt.of(-1), PyInt.of(5))));
        assertEquals("'1 x'", repr(PyStr.of(StrFormatter.format("{} {}", PyInt.of(1), PyStr.of("x")))));
        assertEquals("'a=1'", repr(PercentFormat.format("a=%d", PyInt.of(1))));
        assertEquals("'1-2'", repr(PercentFormat.format("%d-%d", PyTuple.of(PyInt.of(1), PyInt.of(2)))));
        PyException e = assertThrows(PyException.class,
                () -> PercentFormat.format("%d", PyStr.of("x")));
        assertEquals("TypeError: %d format: a real number is required, not str", e.getMessage());
    }

    @Test
    void intPowerOverflowsToBig() {
        assertEquals("12157665459056928801", repr(Abstract.binaryOp(PyInt.of(3), PyInt.of(40), BinaryOps.POWER)));
        assertEquals("-9223372036854775808",
                repr(Abstract.binaryOp(PyInt.of(-2), PyInt.of(63), BinaryOps.POWER)));
        assertEquals("9223372036854775808",
                repr(Abstract.negative(PyInt.of(Long.MIN_VALUE))));
        assertEquals("-9223372036854775808",
                repr(Abstract.binaryOp(PyInt.of(Long.MIN_VALUE), PyInt.of(1), BinaryOps.FLOOR_DIVIDE)));
        assertEquals("9223372036854775808",
                repr(Abstract.binaryOp(PyInt.of(Long.MIN_VALUE), PyInt.of(-1), BinaryOps.FLOOR_DIVIDE)));
    }
}
