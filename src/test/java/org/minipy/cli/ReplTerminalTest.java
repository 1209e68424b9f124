package org.minipy.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL in a real pseudo-terminal: minipy runs inside a private tmux server, keys are sent
 * with send-keys and the screen is read with capture-pane. Skipped when tmux is not installed.
 */
class ReplTerminalTest {
    private static final long TIMEOUT_MS = 20_000;

    @TempDir
    Path home;
    private String socket;

    @BeforeEach
    void needTmux() {
        Assumptions.assumeTrue(tmuxAvailable(), "tmux is not installed");
        socket = "minipy-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    }

    @AfterEach
    void stop() throws Exception {
        if (socket != null) {
            tmux("kill-server");
        }
    }

    private static boolean tmuxAvailable() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    /** Starts minipy (the test class path) in a 120x50 terminal; the shell prints its exit status. */
    private void start(String... minipyArgs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder cmd = new StringBuilder("env HOME='" + home + "' TERM=xterm '" + java + "' -cp '"
                + System.getProperty("java.class.path") + "' org.minipy.cli.Main");
        for (String a : minipyArgs) {
            cmd.append(" '").append(a).append('\'');
        }
        cmd.append("; echo EXIT=$?; sleep 60");
        tmux("new-session", "-d", "-s", "repl", "-x", "120", "-y", "50", cmd.toString());
        await(s -> s.contains(">>>"), "the first prompt");
    }

    /** The screen (trailing blanks of each line are dropped by tmux, so prompts read ">>>"). */
    private String screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", "repl", "-S", "-200");
    }

    private String await(Predicate<String> ok, String what) throws Exception {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        String s = "";
        while (System.currentTimeMillis() < end) {
            s = screen();
            if (ok.test(s)) {
                return s;
            }
            Thread.sleep(100);
        }
        fail("timed out waiting for " + what + "; screen:\n" + s);
        return s;
    }

    private void type(String line) throws Exception {
        tmux("send-keys", "-t", "repl", "-l", line);
        tmux("send-keys", "-t", "repl", "Enter");
    }

    private static long count(String s, String part) {
        long n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void interactiveSession() throws Exception {
        start();
        String banner = screen();
        assertTrue(banner.startsWith("minipy 1.0 (Python 3.11 subset) on "), banner);

        type("6 * 7");
        await(s -> s.contains(">>> 6 * 7\n42\n>>>"), "the echoed value");
        type("_ + 1");
        await(s -> s.contains("\n43\n>>>"), "_ holding the last value");
        type("None");
        await(s -> s.contains(">>> None\n>>>"), "None not echoed");

        type("def sq(x):");
        await(s -> s.contains("..."), "the continuation prompt");
        type("    return x * x");
        type("");
        type("sq(12)");
        await(s -> s.contains("\n144\n>>>"), "a multi-line block");

        type("1 / 0");
        await(s -> s.contains("ZeroDivisionError: division by zero\n>>>"), "a traceback");
        assertTrue(screen().contains("  File \"<stdin>\", line 1, in <module>\n"));
        type("print('alive')");
        await(s -> s.contains("\nalive\n>>>"), "the REPL going on after a traceback");

        type("while True: pass");
        type("");
        Thread.sleep(700);
        tmux("send-keys", "-t", "repl", "C-c");
        await(s -> s.contains("KeyboardInterrupt\n>>>"), "Ctrl-C interrupting a loop");
        type("print('after', 2 + 2)");
        await(s -> s.contains("\nafter 4\n>>>"), "the REPL going on after Ctrl-C");

        type("import time; time.sleep(60)");
        Thread.sleep(700);
        tmux("send-keys", "-t", "repl", "C-c");
        await(s -> count(s, "KeyboardInterrupt\n>>>") == 2, "Ctrl-C interrupting time.sleep");

        type("name = input('name? ')");
        await(s -> s.contains("input('name? ')\nname?"), "input() prompting through the line editor");
        tmux("send-keys", "-t", "repl", "C-c");
        await(s -> count(s, "KeyboardInterrupt\n>>>") == 3, "Ctrl-C interrupting input()");
        type("name = input('name? ')");
        await(s -> count(s, "input('name? ')\nname?") == 2, "input() again");
        type("bobx\b");
        type("name");
        await(s -> s.contains("\n'bob'\n>>>"), "the edited line returned by input()");

        tmux("send-keys", "-t", "repl", "-l", "half a line");
        tmux("send-keys", "-t", "repl", "C-c");
        await(s -> count(s, "KeyboardInterrupt") == 4, "Ctrl-C cancelling the line");
        type("'ok'");
        await(s -> s.contains("\n'ok'\n>>>"), "a fresh line after Ctrl-C");

        tmux("send-keys", "-t", "repl", "C-d");
        await(s -> s.contains("EXIT=0"), "Ctrl-D leaving with status 0");
        String history = Files.readString(home.resolve(".minipy_history"), StandardCharsets.UTF_8);
        assertTrue(history.contains("sq(12)"), history);
    }

    @Test
    void exitFunctionLeavesWithItsStatus() throws Exception {
        start("-q");
        assertTrue(!screen().contains("minipy 1.0"), "-q hides the banner");
        type("exit(3)");
        await(s -> s.contains("EXIT=3"), "exit(3)");
    }

    @Test
    void inspectAfterScript() throws Exception {
        Path script = home.resolve("s.py");
        Files.writeString(script, "answer = 41\n");
        start("-i", script.toString());
        type("answer + 1");
        await(s -> s.contains("\n42\n>>>"), "the script's globals in the REPL");
        type("quit()");
        await(s -> s.contains("EXIT=0"), "quit()");
    }
}
