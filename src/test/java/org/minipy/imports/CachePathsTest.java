package org.minipy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipy.objects.PyException;

/** cache_from_source / source_from_cache / _get_sourcefile, against what CPython 3.11 answers. */
class CachePathsTest {
    static final String T = "minipy-10";

    @Test
    void cacheFromSource() {
        assertEquals("__pycache__/a." + T + ".pyc", CachePaths.cacheFromSource("a.py", T));
        assertEquals("/x/__pycache__/a." + T + ".pyc", CachePaths.cacheFromSource("/x/a.py", T));
        assertEquals("/x/__pycache__/a" + T + ".pyc", CachePaths.cacheFromSource("/x/a", T));
        assertEquals("__pycache__/a.b.c." + T + ".pyc", CachePaths.cacheFromSource("a.b.c.py", T));
        assertEquals("__pycache__/py." + T + ".pyc", CachePaths.cacheFromSource(".py", T));
        assertEquals("/x/__pycache__/hidden." + T + ".pyc", CachePaths.cacheFromSource("/x/.hidden", T));
        assertEquals("x/__pycache__/" + T + ".pyc", CachePaths.cacheFromSource("x/", T));
    }

    private static String error(String path) {
        return assertThrows(PyException.class, () -> CachePaths.sourceFromCache(path)).value.toString();
    }

    @Test
    void sourceFromCache() {
        assertEquals("/x/a.py", CachePaths.sourceFromCache("/x/__pycache__/a.cpython-311.pyc"));
        assertEquals("/x/a.py", CachePaths.sourceFromCache("/x/__pycache__/a." + T + ".pyc"));
        assertEquals("a.py", CachePaths.sourceFromCache("__pycache__/a.cpython-311.opt-1.pyc"));
        assertEquals("__pycache__ not bottom-level directory in '/x/a.pyc'", error("/x/a.pyc"));
        assertEquals("expected only 2 or 3 dots in 'a.pyc'", error("/x/__pycache__/a.pyc"));
        assertEquals("optimization level 'opt-' is not an alphanumeric value", error("/x/__pycache__/a.t.opt-.pyc"));
        assertEquals("optimization portion of filename does not start with 'opt-'", error("/a/__pycache__/c.x.y.pyc"));
    }

    @Test
    void sourceFileOfABytecodePath(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("m.py"), "");
        String d = dir.toString();
        assertEquals(d + "/m.py", CachePaths.sourceFile(d + "/__pycache__/m." + T + ".pyc", dir));
        assertEquals(d + "/__pycache__/n." + T + ".pyc", CachePaths.sourceFile(d + "/__pycache__/n." + T + ".pyc", dir));
        assertEquals(d + "/m.py", CachePaths.sourceFile(d + "/m.pyc", dir));
        assertEquals(d + "/n.pyc", CachePaths.sourceFile(d + "/n.pyc", dir));
        assertEquals("pathname", CachePaths.sourceFile("pathname", dir));
        assertEquals("x.txt", CachePaths.sourceFile("x.txt", dir));
        assertEquals(null, CachePaths.sourceFile("", dir));
    }
}
