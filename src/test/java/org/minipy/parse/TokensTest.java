package org.minipy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokensTest {
    private static String types(String src) {
        return Tokens.tokenize(src, "t.py").stream().map(Tokens.TokenInfo::type).collect(Collectors.joining(" "));
    }

    @Test
    void indentAndDedent() {
        assertEquals("NAME NAME OP NEWLINE INDENT NAME NEWLINE NAME NAME OP NEWLINE INDENT NAME NEWLINE "
                        + "DEDENT DEDENT NAME NEWLINE ENDMARKER",
                types("if x:\n    pass\n    while y:\n        z\n# c\n\nw\n"));
    }

    @Test
    void bracketsCommentsContinuationAndBlankLines() {
        assertEquals("NAME OP OP NUMBER OP NUMBER OP NEWLINE NAME OP NUMBER OP NUMBER NEWLINE ENDMARKER",
                types("x = (1,  # c\n\n 2)\ny = 1 + \\\n  2"));
    }

    @Test
    void positionsAndTexts() {
        List<Tokens.TokenInfo> t = Tokens.tokenize("def f():\n  return 'a'\n", "t.py");
        assertEquals(new Tokens.TokenInfo("NAME", "def", 1, 0), t.get(0));
        assertEquals(new Tokens.TokenInfo("INDENT", "  ", 2, 0), t.get(6));
        assertEquals(new Tokens.TokenInfo("STRING", "'a'", 2, 9), t.get(8));
        assertEquals("ENDMARKER", t.get(t.size() - 1).type());
        assertEquals(3, t.get(t.size() - 1).line());
    }
}
