package org.minipy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Error kind, message and position, compared with what CPython 3.11's compile() raises. */
class SyntaxErrorTest {
    static Stream<org.junit.jupiter.params.provider.Arguments> cases() {
        return Arrays.stream(CPythonExpected.ERRORS).map(c -> org.junit.jupiter.params.provider.Arguments.of((Object) c));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesCPython(String[] c) {
        assertEquals("f.py", assertRaisesAsCPython(c).filename);
    }

    /**
     * Parses {@code c[0]} as f.py and checks the SyntaxError's kind, msg, lineno, offset,
     * end_lineno, end_offset and text against {@code c[1..7]} (what python3.11 gives).
     */
    static PySyntaxError assertRaisesAsCPython(String[] c) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parseModule(c[0], "f.py"), c[0]);
        String actual = String.join("|", e.kind, e.msg, "" + e.lineno, "" + e.offset, "" + e.endLineno,
                "" + e.endOffset, String.valueOf(e.text));
        String expected = String.join("|", c[1], c[2], c[3], c[4], c[5], c[6], String.valueOf(c[7]));
        assertEquals(expected, actual, c[0]);
        return e;
    }

    @Test
    void unsupportedFeaturesAreNamed() {
        assertTrue(Parser.class != null);
        assertEquals("complex numbers are not supported by minipy",
                assertThrows(PySyntaxError.class, () -> Parser.parseModule("x = 1j", "f.py")).msg);
        assertTrue(assertThrows(PySyntaxError.class, () -> Parser.parseModule("async def f(): pass", "f.py"))
                .msg.contains("'async'"));
        assertTrue(assertThrows(PySyntaxError.class, () -> Parser.parseModule("def f():\n    await x\n", "f.py"))
                .msg.contains("'await'"));
        assertEquals("'match' statements are not supported by minipy",
                assertThrows(PySyntaxError.class, () -> Parser.parseModule("match x:\n    case 1: pass\n", "f.py")).msg);
        // match stays a usable name
        Parser.parseModule("match = 1\nmatch(x)\n", "f.py");
    }

    @Test
    void deepNestingNeverOverflowsTheJavaStack() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Parser.parseModule("x = " + "(".repeat(1000) + ")".repeat(1000), "f.py"));
        assertEquals("too many nested parentheses", e.msg);
        Parser.parseModule("x = " + "[".repeat(200) + "]".repeat(200), "f.py");
        // 100000 unary minuses: no StackOverflowError escapes, whatever the thread's stack
        Runnable deep = () -> {
            try {
                Parser.parseModule("-".repeat(100_000) + "1", "f.py");
            } catch (ParserRecursionError expected) {
                // fine
            }
        };
        deep.run();
    }
}
