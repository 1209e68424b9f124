package org.minipy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmRelaunchTest {
    @TempDir
    Path dir;

    private List<String> child(List<String> jvmArgs, Map<String, String> env, String... args) {
        return JvmRelaunch.childCommand(jvmArgs, "/jdk/bin/java", env, args).orElse(null);
    }

    @Test
    void plainJarLaunchStartsATunedChildWithTheSameArguments() {
        Path jar = dir.resolve("minipy.jar");
        List<String> cmd = child(List.of("-jar", jar.toString(), "x.py", "-v"), Map.of(), "x.py", "-v");
        assertEquals("/jdk/bin/java", cmd.get(0));
        assertTrue(cmd.containsAll(JvmRelaunch.DEFAULT_OPTIONS), cmd::toString);
        assertTrue(cmd.contains("-D" + JvmRelaunch.CHILD_PROPERTY + "=1"));
        int cp = cmd.indexOf("-cp");
        assertEquals(jar.toString(), cmd.get(cp + 1));
        assertEquals(List.of(Main.class.getName(), "x.py", "-v"), cmd.subList(cp + 2, cmd.size()));
        assertTrue(cmd.stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile")), "no archive beside the jar");
    }

    @Test
    void theArchiveBesideTheJarIsUsedQuietly() throws IOException {
        Path jar = dir.resolve("minipy.jar");
        Files.writeString(dir.resolve(JvmRelaunch.ARCHIVE_NAME), "");
        List<String> cmd = child(List.of("-jar", jar.toString()), Map.of());
        assertTrue(cmd.contains("-XX:SharedArchiveFile=" + dir.resolve(JvmRelaunch.ARCHIVE_NAME)), cmd::toString);
        assertTrue(cmd.contains("-Xshare:auto") && cmd.contains("-Xlog:cds=off"), cmd::toString);
    }

    @Test
    void jvmOptionsChosenByTheUserAreKept() {
        assertEquals(null, child(List.of("-Xmx2g", "-jar", "minipy.jar", "x.py"), Map.of(), "x.py"));
        assertEquals(null, child(List.of("-cp", "minipy.jar", "org.minipy.cli.Main"), Map.of()));
    }

    @Test
    void theEnvironmentVariableReplacesOrDisablesTheOptions() {
        List<String> cmd = child(List.of("-jar", "minipy.jar"), Map.of(JvmRelaunch.OPTIONS_VARIABLE, " -Xmx1g  -Xss4m "));
        assertEquals(List.of("/jdk/bin/java", "-Xmx1g", "-Xss4m"), cmd.subList(0, 3));
        assertEquals(null, child(List.of("-jar", "minipy.jar"), Map.of(JvmRelaunch.OPTIONS_VARIABLE, "")));
    }
}
