package org.minipy.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiler's SyntaxWarnings: CPython 3.11's messages, on the line of the offending node. */
class SyntaxWarningsTest {
    private static List<String> warnings(String src) {
        List<String> out = new ArrayList<>();
        Compiler.compile(src, "t.py", "exec", (msg, line) -> out.add(line + ": " + msg));
        return out;
    }

    private static void warns(String src, String expected) {
        assertEquals(List.of(expected), warnings(src), src);
    }

    @Test
    void isWithLiteral() {
        warns("x is 1", "1: \"is\" with a literal. Did you mean \"==\"?");
        warns("x is not 'a'", "1: \"is not\" with a literal. Did you mean \"!=\"?");
        warns("\nx is -1", "2: \"is\" with a literal. Did you mean \"==\"?");
        warns("x is (1, 2)", "1: \"is\" with a literal. Did you mean \"==\"?");
        warns("if 1 is x is 2: pass", "1: \"is\" with a literal. Did you mean \"==\"?");
        assertEquals(List.of(), warnings("x is None; x is True; x is ...; x is y; x == 1"));
    }

    @Test
    void missingComma() {
        warns("[(1, 2) (3, 4)]", "1: 'tuple' object is not callable; perhaps you missed a comma?");
        warns("'abc'()", "1: 'str' object is not callable; perhaps you missed a comma?");
        warns("[x for x in y]()", "1: 'list' object is not callable; perhaps you missed a comma?");
        warns("5[0]", "1: 'int' object is not subscriptable; perhaps you missed a comma?");
        warns("{1}[0]", "1: 'set' object is not subscriptable; perhaps you missed a comma?");
        warns("[1, 2][1.5]", "1: list indices must be integers or slices, not float; perhaps you missed a comma?");
        warns("(1, x)['a']", "1: tuple indices must be integers or slices, not str; perhaps you missed a comma?");
        assertEquals(List.of(), warnings("f()\n[1][0]\n[1][1:]\nx[1.5]\n'abc'[1]\nobj.m()\n(1, 2)[True]"));
    }

    @Test
    void assertOnTuple() {
        warns("assert (x, 'msg')", "1: assertion is always true, perhaps remove parentheses?");
        assertEquals(List.of(), warnings("assert x, 'msg'\nassert ()"));
    }

    @Test
    void compilingWithoutASinkIsSilent() {
        Compiler.compile("x is 1", "t.py", "exec");
    }
}
