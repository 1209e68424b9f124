package org.minipy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole programs against CPython 3.11: the token stream (tokenize's tokens without COMMENT and NL)
 * and the AST (ast.dump with attributes) must be CPython's. The expected values are SHA-256
 * digests of CPython's output, so a mismatch says only "different": to see where, write the
 * program to a file and compare with
 * {@code python3 -c "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1]).read()), include_attributes=True))" f.py}
 * and, for tokens, the same format as {@link #tokenDump} from the tokenize module.
 */
class FrontEndGoldenTest {
    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** One line per token: type, line, column, text with backslashes and newlines escaped. */
    static String tokenDump(String src) {
        List<String> out = new ArrayList<>();
        for (Tokens.TokenInfo t : Tokens.tokenize(src, "t.py")) {
            out.add(t.type() + " " + t.line() + " " + t.col() + " " + t.text().replace("\\", "\\\\").replace("\n", "\\n"));
        }
        return String.join("\n", out);
    }

    private static String astDump(String src) {
        return AstDump.dump(Parser.parseModule(src, "t.py"), true, null);
    }

    @Test
    void representativeProgram() throws Exception {
        String src = ParserApiTest.representativeProgram();
        assertEquals("f9d020ec593f8f12e4a7db3d10987efca7a153ef8632fce2a6aa29c47d988487", sha256(tokenDump(src)));
        assertEquals("8a1d6ab192f8967a3861f9aaf8d82f5b723deb0b87a06576f23429eb41158a94", sha256(astDump(src)));
    }

    @Test
    void kitchenSink() throws Exception {
        String src = SamplePrograms.KITCHEN_SINK;
        assertEquals("7510c3e686101a02288377144d9e926488e81dd6f9aff6c9320ff8471807c616", sha256(tokenDump(src)));
        assertEquals("98fe5cedbc3c19e5d1af4c53abefeaa9e66842fd6452ac2a6c295ff30e39a7ed", sha256(astDump(src)));
    }

    @Test
    void operatorPrecedence() throws Exception {
        assertEquals("15f7440e38fca5c1be231a4933411639a09bafc6ca1dfb348d557936d5cf70af",
                sha256(astDump(SamplePrograms.PRECEDENCE)));
    }

    @Test
    void booleanOperators() throws Exception {
        assertEquals("d98b1ce52d9c4191308449c95f46ee27f9c028691496aba1440a4a0631f61fba",
                sha256(astDump(SamplePrograms.BOOLEANS)));
    }
}
