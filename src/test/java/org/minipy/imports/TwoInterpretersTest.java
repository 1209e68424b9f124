package org.minipy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two interpreters in one JVM share no modules, no sys.path and no changes, also on two threads at once. */
class TwoInterpretersTest {
    @TempDir
    Path root;

    private Path folder(String name, String value) throws Exception {
        Path d = root.resolve(name);
        Files.createDirectories(d.resolve("pkg"));
        Files.writeString(d.resolve("shared.py"), "WHO = '" + value + "'\ncounter = 0\n");
        Files.writeString(d.resolve("pkg/__init__.py"), "from .inner import TAG\n");
        Files.writeString(d.resolve("pkg/inner.py"), "TAG = '" + value + "-pkg'\n");
        return d;
    }

    private static final String PROGRAM = "import shared, pkg, sys, _imp, math\n"
            + "for i in range(200):\n    shared.counter += 1\n"
            + "math.mine = shared.WHO\n"
            + "sys.modules['only_' + shared.WHO] = shared\n"
            + "print(shared.WHO, pkg.TAG, shared.counter, math.mine, sorted(k for k in sys.modules if k.startswith('only_')))\n";

    @Test
    void sequentialInterpretersSeeOnlyTheirOwnModules() throws Exception {
        Path a = folder("a", "A");
        Path b = folder("b", "B");
        try (Py pa = new Py(a); Py pb = new Py(b)) {
            assertEquals("A A-pkg 200 A ['only_A']\n", pa.run(PROGRAM));
            assertEquals("B B-pkg 200 B ['only_B']\n", pb.run(PROGRAM));
            assertEquals("A 200 A\n", pa.run("print(shared.WHO, shared.counter, math.mine)"));
            assertNotSame(pa.sys().getModuleDict(), pb.sys().getModuleDict());
            assertEquals("False\n", pb.run("print('only_A' in sys.modules)"));
        }
    }

    @Test
    void concurrentInterpretersOnTwoThreads() throws Exception {
        Path a = folder("a", "A");
        Path b = folder("b", "B");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Future<String> fa = pool.submit(() -> runIn(a, start));
                Future<String> fb = pool.submit(() -> runIn(b, start));
                assertEquals("A A-pkg 200 A ['only_A']\n" + "A 200\n", fa.get());
                assertEquals("B B-pkg 200 B ['only_B']\n" + "B 200\n", fb.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String runIn(Path dir, CyclicBarrier start) throws Exception {
        try (Py py = new Py(dir)) {
            start.await();
            String s = py.run(PROGRAM);
            return s + py.run("import importlib\nprint(importlib.import_module('shared').WHO, shared.counter)");
        }
    }
}
