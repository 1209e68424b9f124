package org.minipy.cli;

import java.util.List;
import org.minipy.Interpreter;
import org.minipy.code.Code;
import org.minipy.code.Disassembler;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyStr;
import org.minipy.parse.AstDump;
import org.minipy.parse.Parser;
import org.minipy.parse.Tokens;

/**
 * The teaching views of the command line: each stage of the pipeline printed for one file.
 * A syntax error is thrown as Python's SyntaxError ({@code PyException}) for the caller to report.
 */
final class Views {
    private Views() {
    }

    /** {@code --tokens}: one token a line: position, type, text (as a Python string literal). */
    static String tokens(String source, String filename) {
        List<Tokens.TokenInfo> toks;
        try {
            toks = Tokens.tokenize(source, filename);
        } catch (org.minipy.parse.PySyntaxError e) {
            Interpreter.compileSource(source, filename, "exec"); // raises it as SyntaxError
            throw e;
        }
        StringBuilder sb = new StringBuilder();
        for (Tokens.TokenInfo t : toks) {
            String pos = t.line() + ":" + t.col();
            sb.append(String.format("%-8s %-10s %s%n", pos, t.type(), Abstract.repr(PyStr.of(t.text())).value()));
        }
        return sb.toString();
    }

    /** {@code --ast}: the module's tree, one node a line, as {@code ast.dump(tree, indent=2)}. */
    static String ast(String source, String filename) {
        try {
            return AstDump.dump(Parser.parseModule(source, filename), false, "  ") + "\n";
        } catch (org.minipy.parse.PySyntaxError e) {
            Interpreter.compileSource(source, filename, "exec");
            throw e;
        }
    }

    /** {@code --dis}: the module's code object and every nested one, as CPython's {@code dis}. */
    static String dis(String source, String filename) {
        Code code = Interpreter.compileSource(source, filename, "exec");
        return Disassembler.dis(code);
    }
}
