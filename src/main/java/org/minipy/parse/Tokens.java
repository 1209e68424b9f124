package org.minipy.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.minipy.parse.antlr.MiniPyLexer;

/** The token view (the {@code --tokens} teaching view): the tokens the parser sees, with layout tokens. */
public final class Tokens {
    private Tokens() {
    }

    /** One token: type is NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT or ENDMARKER. */
    public record TokenInfo(String type, String text, int line, int col) {
    }

    /** Tokenizes the whole source; a tokenizer error is thrown as {@link PySyntaxError}. */
    public static List<TokenInfo> tokenize(String source, String filename) {
        Source src = new Source(Source.normalizeNewlines(source), filename);
        IndentingTokenSource ts = new IndentingTokenSource(new Tokenizer(src.text, filename), src, false, WarningSink.NONE);
        List<TokenInfo> out = new ArrayList<>();
        while (true) {
            Token t = ts.nextToken();
            int type = t.getType();
            if (type == Token.EOF) {
                out.add(new TokenInfo("ENDMARKER", "", t.getLine() + (src.text.endsWith("\n") ? 0 : 1), 0));
                return out;
            }
            out.add(new TokenInfo(typeName(type), t.getText(), t.getLine(), t.getCharPositionInLine()));
        }
    }

    static String typeName(int type) {
        switch (type) {
            case MiniPyLexer.NAME: return "NAME";
            case MiniPyLexer.NUMBER: case MiniPyLexer.IMAG_NUMBER: return "NUMBER";
            case MiniPyLexer.STRING: return "STRING";
            case MiniPyLexer.NEWLINE: return "NEWLINE";
            case MiniPyLexer.INDENT: return "INDENT";
            case MiniPyLexer.DEDENT: return "DEDENT";
            case MiniPyLexer.ERRORTOKEN: return "ERRORTOKEN";
            default:
                return type >= MiniPyLexer.FALSE && type <= MiniPyLexer.YIELD ? "NAME" : "OP";
        }
    }
}
