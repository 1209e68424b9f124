package org.minipy.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipy.Interpreter;
import org.minipy.code.Code;
import org.minipy.code.Marshal;
import org.minipy.objects.PyException;

/** The __pycache__ files: layout, validation, rewriting bad files, -B, atomic concurrent writes. */
class BytecodeCacheTest {
    @TempDir
    Path dir;

    static final String MODULE = "def f(x):\n    y = x * 2\n    return g(y)\n\ndef g(y):\n    return 10 // (y - 4)\n"
            + "class K:\n    '''doc'''\n    def m(self, *a, k=3):\n        return [i * k for i in a]\n"
            + "VALUE = (1, 2.5, 'three', b'4', None, 2**80, frozenset({5}))\n";

    static final String MAIN = "import mod\nprint(mod.VALUE, mod.K().m(1, 2))\nprint(mod.f(1))\n"
            + "c = mod.f.__code__\nprint(c.co_name, c.co_varnames, c.co_consts, c.co_names, c.co_firstlineno, c.co_argcount)\n"
            + "print(mod.K.m.__code__.co_kwonlyargcount, mod.K.__doc__, mod.__cached__.split('/')[-1])\n"
            + "try:\n    mod.f(2)\nexcept ZeroDivisionError as e:\n    tb = e.__traceback__\n    lines = []\n"
            + "    while tb:\n        lines.append(tb.tb_lineno)\n        tb = tb.tb_next\n    print(lines)\n";

    private Path pyc() {
        return dir.resolve("__pycache__/mod." + BytecodeCache.TAG + ".pyc");
    }

    private String runMain(boolean dontWrite) {
        try (Py py = new Py(dir, dontWrite)) {
            return py.run(MAIN);
        }
    }

    @Test
    void cachedModuleBehavesLikeSourceModule() throws Exception {
        Files.writeString(dir.resolve("mod.py"), MODULE);
        String fromSource = runMain(false);
        assertTrue(Files.isRegularFile(pyc()), "cache written");
        byte[] written = Files.readAllBytes(pyc());
        String fromCache = runMain(false);
        assertEquals(fromSource, fromCache);
        assertArrayEquals(written, Files.readAllBytes(pyc()), "a valid cache is not rewritten");
        assertTrue(fromSource.contains("[8, 3, 6]"), fromSource);
        // and the uncaught traceback reads the same (lines and source text)
        Files.writeString(dir.resolve("crash.py"), "import mod\nmod.f(2)\n");
        String t1 = traceback();
        String t2 = traceback();
        assertEquals(t1, t2);
        assertTrue(t1.contains("line 6, in g") && t1.contains("return 10 // (y - 4)"), t1);
    }

    private String traceback() {
        try (Py py = new Py(dir)) {
            py.interp.runMain(dir.resolve("crash.py"));
            return py.err.toString();
        }
    }

    @Test
    void headerLayout() throws Exception {
        Path src = dir.resolve("mod.py");
        Files.writeString(src, MODULE);
        Files.setLastModifiedTime(src, FileTime.fromMillis(1_700_000_123_456L));
        runMain(false);
        byte[] d = Files.readAllBytes(pyc());
        assertArrayEquals(BytecodeCache.magicNumber(), java.util.Arrays.copyOf(d, 4));
        assertEquals(0, BytecodeCache.int32(d, 4));
        assertEquals(1_700_000_123, BytecodeCache.int32(d, 8));
        assertEquals(Files.size(src), BytecodeCache.int32(d, 12));
        assertTrue(Marshal.loads(d, 16, d.length, null) instanceof Code);
    }

    @Test
    void badCacheFilesAreIgnoredAndRewritten() throws Exception {
        Files.writeString(dir.resolve("mod.py"), MODULE);
        String good = runMain(false);
        byte[] valid = Files.readAllBytes(pyc());
        List<byte[]> bad = new ArrayList<>();
        bad.add(new byte[0]);                                    // empty
        bad.add(java.util.Arrays.copyOf(valid, 10));             // truncated header
        bad.add(java.util.Arrays.copyOf(valid, valid.length / 2)); // truncated body
        byte[] foreign = valid.clone();                          // CPython 3.11's magic
        foreign[0] = (byte) 0xa7;
        foreign[1] = 0x0d;
        bad.add(foreign);
        byte[] flags = valid.clone();                            // hash-based pyc flags
        flags[4] = 1;
        bad.add(flags);
        byte[] stale = valid.clone();                            // another mtime
        stale[8]++;
        bad.add(stale);
        byte[] size = valid.clone();                             // another size
        size[12]++;
        bad.add(size);
        byte[] corrupt = valid.clone();                          // garbage body
        for (int i = 16; i < corrupt.length; i += 3) {
            corrupt[i] = (byte) 0x99;
        }
        bad.add(corrupt);
        bad.add("print('I am not a pyc')".getBytes());
        for (byte[] b : bad) {
            Files.write(pyc(), b);
            assertEquals(good, runMain(false));
            assertArrayEquals(valid, Files.readAllBytes(pyc()), "bad cache rewritten");
        }
    }

    @Test
    void staleCacheAfterSourceEdit() throws Exception {
        Path src = dir.resolve("mod.py");
        Files.writeString(src, "X = 1\n");
        try (Py py = new Py(dir)) {
            assertEquals("1\n", py.run("import mod\nprint(mod.X)"));
        }
        Files.writeString(src, "X = 2\n");
        Files.setLastModifiedTime(src, FileTime.fromMillis(Files.getLastModifiedTime(src).toMillis() + 5000));
        try (Py py = new Py(dir)) {
            assertEquals("2\n", py.run("import mod\nprint(mod.X)"));
        }
    }

    @Test
    void dontWriteBytecode() throws Exception {
        Files.writeString(dir.resolve("mod.py"), MODULE);
        runMain(true);
        assertFalse(Files.exists(pyc()));
        try (Py py = new Py(dir)) {
            py.run("import sys\nsys.dont_write_bytecode = True\nimport mod");
        }
        assertFalse(Files.exists(pyc()));
        try (Py py = new Py(dir, true)) {
            assertEquals("True\n", py.run("import sys\nprint(sys.dont_write_bytecode)"));
        }
    }

    @Test
    void readRejectsEverythingButAnExactMatch() throws Exception {
        Code c = Interpreter.compileSource("x = 1\n", "m.py", "exec");
        Path p = dir.resolve("x.pyc");
        BytecodeCache.write(p, c, 5000, 6);
        assertNotNull(BytecodeCache.read(p, 5000, 6, "m.py"));
        assertNotNull(BytecodeCache.read(p, 5999, 6, "m.py"), "same second");
        assertNull(BytecodeCache.read(p, 6000, 6, "m.py"));
        assertNull(BytecodeCache.read(p, 5000, 7, "m.py"));
        assertNull(BytecodeCache.read(dir.resolve("missing.pyc"), 5000, 6, "m.py"));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary files left behind");
        }
    }

    @Test
    void concurrentWritersNeverLeaveHalfAFile() throws Exception {
        Code c = Interpreter.compileSource(MODULE, "mod.py", "exec");
        byte[] expected = BytecodeCache.encode(c, 1000, 42);
        Path p = dir.resolve("__pycache__/c.pyc");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        BytecodeCache.write(p, c, 1000, 42);
                        if (Files.exists(p)) {
                            assertNotNull(BytecodeCache.read(p, 1000, 42, "mod.py"), "a reader saw half a file");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertArrayEquals(expected, Files.readAllBytes(p));
        try (var s = Files.list(p.getParent())) {
            assertEquals(1, s.count(), "no temporary files left behind");
        }
    }

    @Test
    void twoInterpretersImportingAtOnceShareOneGoodCacheFile() throws Exception {
        Files.writeString(dir.resolve("mod.py"), MODULE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> fs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                fs.add(pool.submit(() -> runMain(false)));
            }
            String first = fs.get(0).get();
            for (Future<String> f : fs) {
                assertEquals(first, f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(runMain(false), runMain(false));
    }

    @Test
    void cacheFileNeverCrashesTheImport() throws Exception {
        Files.writeString(dir.resolve("mod.py"), "X = 5\n");
        Files.createDirectories(pyc().getParent());
        Files.createDirectories(pyc()); // a directory where the cache file should be
        try (Py py = new Py(dir)) {
            assertEquals("5\n", py.run("import mod\nprint(mod.X)"));
        } catch (PyException e) {
            throw new AssertionError(e.value.toString());
        }
    }

    @Test
    void sourcelessModules() throws Exception {
        Files.writeString(dir.resolve("mod.py"), "X = 'from pyc'\n");
        try (Py py = new Py(dir)) {
            py.run("import mod");
        }
        Files.move(pyc(), dir.resolve("lone.pyc"));
        Files.delete(dir.resolve("mod.py"));
        try (Py py = new Py(dir)) {
            assertEquals("from pyc True SourcelessFileLoader\n", py.run("import lone\n"
                    + "print(lone.X, lone.__file__ == lone.__cached__, type(lone.__loader__).__name__)"));
        }
        Files.write(dir.resolve("foreign.pyc"), new byte[] {(byte) 0xa7, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0});
        Files.write(dir.resolve("short.pyc"), BytecodeCache.magicNumber());
        try (Py py = new Py(dir)) {
            assertEquals("ImportError bad magic number in 'foreign': b'\\xa7\\r\\r\\n'\n"
                    + "EOFError reached EOF while reading pyc header of 'short'\n",
                    py.run("for n in ['foreign', 'short']:\n    try:\n        __import__(n)\n"
                            + "    except Exception as e:\n        print(type(e).__name__, e)"));
        }
    }
}
