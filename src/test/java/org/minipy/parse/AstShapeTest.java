package org.minipy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The tree and every position, compared with CPython 3.11's ast.dump(include_attributes=True). */
class AstShapeTest {
    static Stream<org.junit.jupiter.params.provider.Arguments> cases() {
        return Arrays.stream(CPythonExpected.AST).map(c -> org.junit.jupiter.params.provider.Arguments.of((Object) c));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesCPython(String[] c) {
        assertEquals(c[1], AstDump.dump(Parser.parseModule(c[0], "f.py"), true, null), c[0]);
    }
}
