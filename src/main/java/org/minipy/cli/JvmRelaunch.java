package org.minipy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the program in a second JVM started with options chosen for an interpreter.
 *
 * <p>A jar cannot carry JVM options, and the JVM's defaults suit long-running servers: G1 sizes
 * its heap from the machine's memory (a short script can touch 700 MB) and every class of the
 * interpreter is loaded and verified from the jar on each start. So a plain
 * {@code java -jar minipy.jar ...} starts {@code java <options> -cp minipy.jar
 * org.minipy.cli.Main ...} with the same standard streams, environment and working directory,
 * and exits with its status. The options come from {@link #DEFAULT_OPTIONS} plus the
 * class-data archive {@code minipy.jsa} beside the jar when the build made one, or from the
 * environment variable {@code MINIPY_JAVA_OPTIONS} (empty: no second JVM).
 *
 * <p>Nothing is relaunched when the JVM was started any other way (options before
 * {@code -jar}, or {@code -cp}): the user chose the JVM's options then.
 */
final class JvmRelaunch {
    /** Marks the child JVM, so it runs the program instead of relaunching again. */
    static final String CHILD_PROPERTY = "minipy.relaunched";
    static final String OPTIONS_VARIABLE = "MINIPY_JAVA_OPTIONS";
    /** The class-data-sharing archive that the build writes beside the jar. */
    static final String ARCHIVE_NAME = "minipy.jsa";

    /**
     * The throughput collector, a small initial heap that grows as the program needs it (up
     * to the JVM's default maximum), and a target of at most 1/(1+4) of the time in collection
     * before the heap grows. Measured on the shared benchmarks against G1 and the serial
     * collector: the least CPU time, and a third of G1's peak memory. A young generation of at
     * most 24 MB: a Python program's garbage dies young, and a larger one only added to peak
     * memory (dict_str: about 280-295 MB instead of 300-330, with no loss of speed on the
     * benchmarks). No perf-data file (jstat's shared memory): a little faster start.
     */
    static final List<String> DEFAULT_OPTIONS = List.of("-XX:+UseParallelGC", "-Xms16m", "-XX:GCTimeRatio=4",
            "-XX:MaxNewSize=24m", "-XX:-UsePerfData");

    private JvmRelaunch() {
    }

    /**
     * The child's command line, or empty when this JVM should run the program itself.
     *
     * @param jvmArguments this JVM's own command line after the executable ({@code -jar x.jar args...})
     * @param java the java executable
     * @param env the environment
     * @param args the program's arguments (after the jar)
     */
    static Optional<List<String>> childCommand(List<String> jvmArguments, String java, Map<String, String> env,
            String[] args) {
        if (System.getProperty(CHILD_PROPERTY) != null || jvmArguments.size() < 2
                || !jvmArguments.get(0).equals("-jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(jvmArguments.get(1)).toAbsolutePath();
        List<String> options;
        String fromEnv = env.get(OPTIONS_VARIABLE);
        if (fromEnv != null) {
            if (fromEnv.isBlank()) {
                return Optional.empty();
            }
            options = Arrays.asList(fromEnv.trim().split("\\s+"));
        } else {
            options = new ArrayList<>(DEFAULT_OPTIONS);
            Path archive = jar.resolveSibling(ARCHIVE_NAME);
            if (Files.isRegularFile(archive)) {
                options.add("-XX:SharedArchiveFile=" + archive);
                // a stale or foreign archive is ignored; the JVM must not say so on stdout
                options.add("-Xshare:auto");
                options.add("-Xlog:cds=off");
                options.add("-Xlog:cds+dynamic=off");
            }
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(options);
        cmd.add("-D" + CHILD_PROPERTY + "=1");
        cmd.add("-cp");
        cmd.add(jar.toString());
        cmd.add(Main.class.getName());
        cmd.addAll(Arrays.asList(args));
        return Optional.of(cmd);
    }

    /** The child's command line for this JVM, or empty. */
    static Optional<List<String>> childCommand(String[] args) {
        Optional<String[]> own = ProcessHandle.current().info().arguments();
        Optional<String> java = ProcessHandle.current().info().command();
        if (own.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        List<String> jvmArguments = Arrays.asList(own.get());
        // the arguments must end with the program's: otherwise they are not what we think
        if (jvmArguments.size() != args.length + 2) {
            return Optional.empty();
        }
        return childCommand(jvmArguments, java.get(), System.getenv(), args);
    }

    /**
     * Runs the child with this process's standard streams and returns its exit status. Ctrl-C
     * reaches the child from the terminal (same process group), so this JVM ignores SIGINT;
     * if this JVM is ended, the child is ended with it. Returns -1 if the child cannot be started.
     */
    static int run(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return -1;
        }
        ignoreSigint();
        Thread reaper = new Thread(child::destroy, "minipy-relaunch-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        while (true) {
            try {
                int status = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(reaper);
                return status;
            } catch (InterruptedException e) {
                // keep waiting: the child decides when the program ends
            }
        }
    }

    private static void ignoreSigint() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
        } catch (IllegalArgumentException | LinkageError e) {
            // no signals here: nothing to ignore
        }
    }
}
