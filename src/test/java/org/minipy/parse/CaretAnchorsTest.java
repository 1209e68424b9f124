package org.minipy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Where traceback caret lines switch between ~ and ^; each expectation is the caret line
 * python3 (3.11) prints under that segment (traceback goldens in programs/carets/ cover the
 * whole printer).
 */
class CaretAnchorsTest {
    /** The caret line the anchors give for a segment that is the whole marked range. */
    private static String carets(String segment) {
        int[] a = CaretAnchors.of(segment);
        if (a == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        int n = segment.codePointCount(0, segment.length());
        for (int i = 0; i < n; i++) {
            b.append(a[0] <= i && i < a[1] ? '^' : a[2] != 0 ? '~' : '^');
        }
        return b.toString();
    }

    @Test
    void binaryOperators() {
        assertEquals("~~^~~", carets("a + b"));
        assertEquals("~~^^~~", carets("a // b"));
        assertEquals("~~~~~~~~~^~~", carets("subtotal + x"));
        assertEquals("~~^~~~~~~", carets("a + b * c"));
        assertEquals("~^~", carets("a+b"));
        assertEquals("~~~~^~~", carets("(a) + b"));
        // CPython takes the '(' right after an operator for its second character
        assertEquals("~~~^^~~", carets("(a)/(b)"));
        assertEquals("~~~~~~~~^~~~", carets("(a +\tb) * c2"));
    }

    @Test
    void subscripts() {
        assertEquals("~^^^", carets("a[1]"));
        assertEquals("~~~~~~^^^^^", carets("config[key]"));
        assertEquals("~~~~~~~~~^^^^^", carets("grid[ i ][ j ]"));
        assertEquals("~~~~~^^^^^", carets("count[1:3]"));
        assertEquals("~~~^^^", carets("(a)[3]"));
        assertEquals("~^^^^^", carets("d[\"\u00fc\"]"));
    }

    @Test
    void otherSegmentsHaveNone() {
        assertNull(CaretAnchors.of("f(x)"));
        assertNull(CaretAnchors.of("a.b"));
        assertNull(CaretAnchors.of("x += 1"));
        assertNull(CaretAnchors.of("a < b"));
        assertNull(CaretAnchors.of("a + b; c"));
        assertNull(CaretAnchors.of("a +"));
        assertEquals("[2, 3, 1]", Arrays.toString(CaretAnchors.of("a + b")));
    }
}
