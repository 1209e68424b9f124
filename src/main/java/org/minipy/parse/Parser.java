package org.minipy.parse;

import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.minipy.ast.Expr;
import org.minipy.ast.Mod;
import org.minipy.ast.Stmt;
import org.minipy.parse.antlr.MiniPyParser;

/**
 * The front end's entry: source text to AST. Parsing runs in two stages, as ANTLR recommends:
 * fast SLL prediction with a bail-out error strategy first, and only if that fails a second
 * pass with full LL prediction, whose failure point is turned into CPython's SyntaxError.
 * ANTLR's console error listeners are removed: no ANTLR message reaches a console.
 */
public final class Parser {
    private Parser() {
    }

    /** Parses a file ({@code exec} mode). */
    public static Mod.Module parseModule(String source, String filename) {
        return parseModule(source, filename, WarningSink.NONE);
    }

    /** Parses a file, reporting the tokenizer's SyntaxWarnings to {@code warnings}. */
    public static Mod.Module parseModule(String source, String filename, WarningSink warnings) {
        return parseModule(source, filename, warnings, false);
    }

    /** As above; {@code byteOffsets} makes the parser's errors count UTF-8 bytes, as CPython's for a file. */
    public static Mod.Module parseModule(String source, String filename, WarningSink warnings, boolean byteOffsets) {
        Run run = new Run(source, filename, warnings, byteOffsets);
        return new Mod.Module(run.statements(false));
    }

    /** Parses an expression ({@code eval} mode); leading spaces and tabs are ignored as in CPython. */
    public static Mod.Expression parseExpression(String source, String filename) {
        return parseExpression(source, filename, WarningSink.NONE);
    }

    /** As {@link #parseExpression(String, String)}, reporting SyntaxWarnings to {@code warnings}. */
    public static Mod.Expression parseExpression(String source, String filename, WarningSink warnings) {
        int i = 0;
        while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        Run run = new Run(source.substring(i), filename, warnings);
        return new Mod.Expression(run.expression());
    }

    /** Parses one interactive statement ({@code single} mode, the REPL). */
    public static Mod.Interactive parseInteractive(String source, String filename) {
        return parseInteractive(source, filename, WarningSink.NONE);
    }

    /** As {@link #parseInteractive(String, String)}, reporting SyntaxWarnings to {@code warnings}. */
    public static Mod.Interactive parseInteractive(String source, String filename, WarningSink warnings) {
        Run run = new Run(source, filename, warnings);
        List<Stmt> body = run.statements(true);
        return new Mod.Interactive(body);
    }

    /**
     * True when the source so far could still become valid with more lines (as codeop decides
     * for the REPL): open brackets, an unterminated triple-quoted string, a block header without
     * a body yet, a trailing backslash, or a compound statement not yet ended by a newline.
     */
    public static boolean isIncomplete(String source) {
        String s = Source.normalizeNewlines(source);
        if (s.endsWith("\\") || s.endsWith("\\\n")) {
            return true;
        }
        Mod.Interactive mod;
        try {
            mod = parseInteractive(s, "<stdin>");
        } catch (PySyntaxError e) {
            return e.msg.endsWith("was never closed")
                    || e.msg.startsWith("unterminated triple-quoted string literal")
                    || (e.msg.startsWith("expected an indented block") && isAtEnd(s, e));
        } catch (ParserRecursionError e) {
            return false;
        }
        if (!s.endsWith("\n") && !mod.body().isEmpty()) {
            Stmt first = mod.body().get(0);
            return !(first instanceof Stmt.ExprStmt || first instanceof Stmt.Assign
                    || first instanceof Stmt.AugAssign || first instanceof Stmt.AnnAssign
                    || first instanceof Stmt.Pass || first instanceof Stmt.Break || first instanceof Stmt.Continue
                    || first instanceof Stmt.Return || first instanceof Stmt.Delete || first instanceof Stmt.Raise
                    || first instanceof Stmt.Global || first instanceof Stmt.Nonlocal || first instanceof Stmt.Assert
                    || first instanceof Stmt.Import || first instanceof Stmt.ImportFrom);
        }
        return false;
    }

    private static boolean isAtEnd(String s, PySyntaxError e) {
        return e.endOffset == -1 || s.strip().isEmpty() || e.lineno >= new Source(s, "").lastLine();
    }

    /** Parses with SLL only; false if it would have needed the LL fallback (for tests). */
    static boolean parsesWithSll(String source) {
        Run run = new Run(source, "<test>", WarningSink.NONE);
        try {
            run.parser.file_input();
            return true;
        } catch (ParseCancellationException e) {
            return false;
        }
    }

    /** Parses an f-string replacement field: the text as if in parentheses, at line/col of the real source. */
    static Expr parseFStringExpr(Source outer, String text, int line, int col) {
        // Not "(" + text + ")": javac compiles that to invokedynamic, whose first use in a JVM
        // costs tens of milliseconds of start-up.
        String wrapped = new StringBuilder(text.length() + 2).append('(').append(text).append(')').toString();
        Run run = new Run(outer, wrapped, line, col - 1);
        try {
            return run.expression();
        } catch (PySyntaxError e) {
            if (e.msg.startsWith("f-string")) {
                throw e;
            }
            throw new PySyntaxError(e.kind, "f-string: " + e.msg, outer.filename, e.lineno, e.offset,
                    e.endLineno, e.endOffset, e.text);
        }
    }

    /**
     * Parses f-string replacement fields. A class, not a lambda: the first lambda in a JVM
     * bootstraps the invokedynamic machinery, which costs milliseconds at start-up.
     */
    private static final class FStringFields implements StringLiterals.ExprParser {
        private final Source src;

        FStringFields(Source src) {
            this.src = src;
        }

        @Override
        public Expr parse(String text, int line, int col) {
            return parseFStringExpr(src, text, line, col);
        }
    }

    /** One parse: lexer, layout, token stream, parser. */
    private static final class Run {
        final Source src;
        final CommonTokenStream tokens;
        final MiniPyParser parser;
        final Source errorSource;

        Run(String source, String filename, WarningSink warnings) {
            this(source, filename, warnings, false);
        }

        Run(String source, String filename, WarningSink warnings, boolean byteOffsets) {
            this.src = new Source(Source.normalizeNewlines(source), filename, byteOffsets);
            this.errorSource = src;
            tokens = new CommonTokenStream(new IndentingTokenSource(new Tokenizer(src.text, filename), src, false,
                    warnings));
            parser = newParser(tokens);
        }

        /** A sub-parse of an f-string expression placed at (line, col) of the outer source. */
        Run(Source outer, String text, int line, int col) {
            this.src = outer.fieldView(text, line, col);
            this.errorSource = outer;
            Tokenizer lexer = new Tokenizer(Source.normalizeNewlines(text), outer.filename, line, col);
            tokens = new CommonTokenStream(new IndentingTokenSource(lexer, outer, true, WarningSink.NONE));
            parser = newParser(tokens);
        }

        private static MiniPyParser newParser(CommonTokenStream tokens) {
            MiniPyParser p = new MiniPyParser(tokens);
            p.removeErrorListeners();
            p.setErrorHandler(new BailErrorStrategy());
            p.getInterpreter().setPredictionMode(PredictionMode.SLL);
            return p;
        }

        private AstBuilder builder() {
            return new AstBuilder(src, new FStringFields(src));
        }

        List<Stmt> statements(boolean interactive) {
            try {
                ParserRuleContext tree;
                List<MiniPyParser.StmtContext> stmts;
                if (interactive) {
                    MiniPyParser.Interactive_inputContext t = (MiniPyParser.Interactive_inputContext) parse(2);
                    stmts = t.stmt();
                    tree = t;
                } else {
                    MiniPyParser.File_inputContext t = (MiniPyParser.File_inputContext) parse(0);
                    stmts = t.stmt();
                    tree = t;
                }
                if (interactive && stmts.size() > 1) {
                    Token s = stmts.get(1).getStart();
                    throw src.parserError("SyntaxError", "multiple statements found while compiling a single statement",
                            s.getLine(), s.getCharPositionInLine() + 1, s.getLine(), s.getCharPositionInLine() + 1);
                }
                assert tree != null;
                return builder().fileInput(stmts);
            } catch (StackOverflowError e) {
                throw new ParserRecursionError();
            }
        }

        Expr expression() {
            try {
                MiniPyParser.Eval_inputContext t = (MiniPyParser.Eval_inputContext) parse(1);
                return builder().evalInput(t);
            } catch (StackOverflowError e) {
                throw new ParserRecursionError();
            }
        }

        private ParserRuleContext startRule(int which) {
            switch (which) {
                case 0: return parser.file_input();
                case 1: return parser.eval_input();
                default: return parser.interactive_input();
            }
        }

        /** SLL first; on failure full LL; on failure again, CPython's error. */
        private ParserRuleContext parse(int which) {
            try {
                return startRule(which);
            } catch (ParseCancellationException sllFailure) {
                tokens.seek(0);
                parser.reset();
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                try {
                    return startRule(which);
                } catch (ParseCancellationException llFailure) {
                    RecognitionException re = llFailure.getCause() instanceof RecognitionException r ? r : null;
                    Token offending = re != null ? re.getOffendingToken() : tokens.LT(1);
                    if (offending == null) {
                        offending = tokens.LT(1);
                    }
                    throw new SyntaxErrors(src, tokens).diagnose(offending, re instanceof InputMismatchException, re);
                }
            }
        }
    }
}
