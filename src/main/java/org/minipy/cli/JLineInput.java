package org.minipy.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * REPL input from a real terminal through JLine: line editing, a persistent history in
 * {@code ~/.minipy_history}, Ctrl-C cancelling the line being edited. While code runs, Ctrl-C
 * (SIGINT) asks the interpreter to raise KeyboardInterrupt. Only created when stdin is a
 * terminal, so piped runs never load JLine.
 */
final class JLineInput implements Repl.LineInput {
    private final Terminal terminal;
    private final LineReader reader;

    JLineInput(Runnable onInterrupt) throws IOException {
        this.terminal = TerminalBuilder.builder().system(true).build();
        // SIGINT arrives while code runs (the terminal is back in cooked mode then); while a
        // line is edited JLine reads Ctrl-C as a key and throws UserInterruptException.
        terminal.handle(Terminal.Signal.INT, s -> onInterrupt.run());
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("minipy")
                .variable(LineReader.HISTORY_FILE, historyFile())
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is Python's, not history's
                .option(LineReader.Option.INSERT_TAB, true)
                .build();
    }

    private static Path historyFile() {
        String home = System.getenv("HOME");
        return Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home", "."), ".minipy_history");
    }

    /** input() inside the session: the same editor and history; Ctrl-C raises KeyboardInterrupt. */
    org.minipy.vm.Runtime.ConsoleReader forInput() {
        return prompt -> {
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException e) {
                throw org.minipy.objects.PyErr.withArgs(org.minipy.objects.PyExc.KeyboardInterrupt);
            } catch (EndOfFileException e) {
                return null;
            }
        };
    }

    @Override
    public String readLine(String prompt) throws Repl.Interrupted {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Repl.Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            // history is a convenience: losing it must not fail the exit
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }
}
