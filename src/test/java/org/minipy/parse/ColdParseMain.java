package org.minipy.parse;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.minipy.ast.Stmt;
import org.minipy.parse.antlr.MiniPyLexer;
import org.minipy.parse.antlr.MiniPyParser;

/**
 * Measures the cold front end in a fresh JVM, phase by phase: class loading and lexer/parser
 * construction (the ATN deserialization), tokenizing (lexer and layout), the SLL parse, AST
 * building. Run it once per JVM:
 * {@code java -cp target/classes:target/test-classes:ANTLR_JAR org.minipy.parse.ColdParseMain FILE...}
 * Each further file is parsed in the same JVM (the second one shows what stays cold).
 * Prints per file the wall time and this thread's CPU time of each phase in milliseconds (on a
 * shared, loaded machine the CPU times are the stable numbers), then the JVM's start-to-main and
 * start-to-end times and the CPU time of all the JVM's threads (JIT compilers and GC included).
 * {@code -Dminipy.antlrLexer=true} uses the generated ANTLR lexer instead of Tokenizer. The
 * machine is noisy: run it ten times or so and take medians. AppCDS archives only classes from
 * jars, so put the classes in a jar to measure it
 * ({@code -XX:ArchiveClassesAtExit=a.jsa} once, then {@code -XX:SharedArchiveFile=a.jsa}).
 */
public final class ColdParseMain {
    private ColdParseMain() {
    }

    public static void main(String[] args) throws Exception {
        long atMain = System.nanoTime();
        long atMainMillis = System.currentTimeMillis();
        boolean first = true;
        for (String file : args) {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            long c0 = threadCpu();
            long t0 = System.nanoTime();
            // Phase 1: classes and ATNs (static initializers), lexer and parser objects.
            Source src = new Source(Source.normalizeNewlines(text), file);
            IndentingTokenSource ts = new IndentingTokenSource(rawTokens(src, file), src, false, WarningSink.NONE);
            CommonTokenStream tokens = new CommonTokenStream(ts);
            MiniPyParser parser = new MiniPyParser(tokens);
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            long t1 = System.nanoTime();
            long c1 = threadCpu();
            // Phase 2: every token, layout included.
            tokens.fill();
            long t2 = System.nanoTime();
            long c2 = threadCpu();
            // Phase 3: SLL parse (a failure would throw: the samples are valid code).
            MiniPyParser.File_inputContext tree = parser.file_input();
            long t3 = System.nanoTime();
            long c3 = threadCpu();
            // Phase 4: the AST.
            AstBuilder b = new AstBuilder(src, new StringLiterals.ExprParser() {
                @Override
                public org.minipy.ast.Expr parse(String s, int line, int col) {
                    return Parser.parseFStringExpr(src, s, line, col);
                }
            });
            List<Stmt> body = b.fileInput(tree.stmt());
            long t4 = System.nanoTime();
            long c4 = threadCpu();
            System.out.printf("%s lines=%d tokens=%d%s%n", Path.of(file).getFileName(), src.lastLine(),
                    tokens.size(), first ? "" : " (same JVM)");
            System.out.printf("  wall init=%.1f tokenize=%.1f parse=%.1f ast=%.1f total=%.1f%n",
                    ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t4 - t0));
            System.out.printf("  cpu  init=%.1f tokenize=%.1f parse=%.1f ast=%.1f total=%.1f%n",
                    ms(c1 - c0), ms(c2 - c1), ms(c3 - c2), ms(c4 - c3), ms(c4 - c0));
            if (body.isEmpty() && src.lastLine() > 1) {
                throw new AssertionError("no statements");
            }
            first = false;
        }
        double inMain = ms(System.nanoTime() - atMain);
        double cpuAll = ms(processCpu());
        long endMillis = System.currentTimeMillis();
        // Asked only now: the management classes are not cheap to load.
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("jvm-start-to-main=%d main=%.1f jvm-start-to-end=%d process-cpu=%.1f%n",
                atMainMillis - jvmStart, inMain, endMillis - jvmStart, cpuAll);
    }

    /** This thread's time on a CPU in ns (Linux schedstat; precise, and cheap to read). */
    private static long threadCpu() {
        try {
            String s = Files.readString(Path.of("/proc/thread-self/schedstat"));
            return Long.parseLong(s.substring(0, s.indexOf(' ')));
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /** All threads' time on a CPU (the JIT compilers and GC included). */
    private static long processCpu() {
        long sum = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                String s = Files.readString(t.resolve("schedstat"));
                sum += Long.parseLong(s.substring(0, s.indexOf(' ')));
            }
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
        return sum;
    }

    /** The hand-written tokenizer, or with -Dminipy.antlrLexer=true the generated lexer it mirrors. */
    private static TokenSource rawTokens(Source src, String file) {
        if (Boolean.getBoolean("minipy.antlrLexer")) {
            MiniPyLexer lexer = new MiniPyLexer(CharStreams.fromString(src.text, file));
            lexer.removeErrorListeners();
            return lexer;
        }
        return new Tokenizer(src.text, file);
    }

    private static double ms(long ns) {
        return ns / 1e6;
    }
}
