package org.minipy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.junit.jupiter.api.Test;
import org.minipy.parse.antlr.MiniPyLexer;

/**
 * The hand-written Tokenizer against its specification, the generated lexer of
 * grammar/MiniPyLexer.g4: the same tokens (type, text, line, column, start and stop index) on
 * the test programs, on edge cases and on random fragments.
 */
class TokenizerTest {
    private static List<String> dump(TokenSource ts) {
        List<String> out = new ArrayList<>();
        while (true) {
            Token t = ts.nextToken();
            out.add(t.getType() + " " + (t.getType() == Token.EOF ? "" : t.getText()) + " @" + t.getLine() + ":"
                    + t.getCharPositionInLine() + " [" + t.getStartIndex() + "," + t.getStopIndex() + "]");
            if (t.getType() == Token.EOF) {
                return out;
            }
        }
    }

    private static List<String> antlr(String s, int line, int col) {
        MiniPyLexer lexer = new MiniPyLexer(CharStreams.fromString(s));
        lexer.removeErrorListeners();
        lexer.setLine(line);
        lexer.setCharPositionInLine(col);
        return dump(lexer);
    }

    private static void same(String s) {
        assertEquals(antlr(s, 1, 0), dump(new Tokenizer(s, "t.py")), s);
    }

    @Test
    void testPrograms() {
        for (String[] c : CPythonExpected.AST) {
            same(c[0]);
        }
        for (String[] c : CPythonExpected.ERRORS) {
            same(c[0]);
        }
        same(ParserApiTest.representativeProgram());
        same(SamplePrograms.KITCHEN_SINK);
    }

    @Test
    void edgeCases() {
        String[] cases = {
            "", "\n", "x", "x\n", "  \t\f x  # c\n", "\\\n", "a \\\r\nb", "a\\b", "\r\n\r",
            "0 00 0_0 007 0123 1_000 1__0 1_ 1. .5 1.e5 1e 1e+ 1e+5 1.5j 1j 1_0j 0x 0x_f 0X1F 0o17 0o8 0b102 0b_1",
            "1.__ 1..2 ... .. . 1if 1else 0x1for 9.j 1e5j 1E5J 08.5 00.0",
            "'a' \"b\" '' \"\" '\\'' \"\\\"\" 'a\\\nb' 'abc\n", "'abc", "'abc\\", "b'x' rb'x' Rb\"x\" bR'' fr'x' rf'' u'x' ur'x'",
            "br'x' bar'x' f'{x}' F'' ub'x'", "'''a\nb''' \"\"\"c\"\"\" '''a\\'''' x", "'''a\\''''", "'''abc", "'''abc''", "\"\"\"ab\"",
            "'''a\\\\''' '''x''''", "''''''", "'''\\''''", "\"\"\"\\\"\"\"\"",
            "( ) [ ] { } : := , ; . ... -> ** **= * *= // //= / /= + += - -= % %= @ @= & &= | |= ^ ^= << <<= >> >>= == != <= < >= > = ~",
            "! $ ? ` \\ x\\y", "< <<< >>>= ***= ////", "héllo ñ_1 naïve x\u0301 \u00b2 \u20ac \u00a0 \u2003 \ud83d\ude00 \u0660\u0661 a\u203fb",
            "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield",
            "Falsey nonlocals _ __init__ match case",
            "x = 1\n\tif y:\n  \tz\n", "#only comment", "x # c\r\ny",
        };
        for (String c : cases) {
            same(c);
        }
    }

    @Test
    void startPositionForFStringFields() {
        assertEquals(antlr("(a + b['k'])", 3, 7), dump(new Tokenizer("(a + b['k'])", "t.py", 3, 7)));
    }

    @Test
    void randomFragments() {
        String[] pieces = {"a", "b", "r", "f", "x", "e", "j", "_", "0", "1", "9", ".", "'", "\"", "'''", "\\", "\n",
            " ", "\t", "#", "=", "*", "/", "<", ">", "-", ":", "!", "(", ")", "é", "\u0301", "\u20ac", "if", "0x", "0o",
            "0b", "1e", "+", "~", "@", "$", "\r"};
        Random rnd = new Random(42);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(12);
            for (int k = 0; k < len; k++) {
                sb.append(pieces[rnd.nextInt(pieces.length)]);
            }
            same(sb.toString());
        }
    }
}
