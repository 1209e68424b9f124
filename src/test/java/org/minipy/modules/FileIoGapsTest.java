package org.minipy.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minipy.builtins.FakeRuntime.error;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyObject;

/**
 * open()'s unbuffered FileIO, opener, the text layer's tell cookies around a lone '\r' and the
 * file attributes added after the first version (expected values from CPython 3.11).
 */
class FileIoGapsTest extends ModuleTestBase {
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        rt.cwd = dir;
    }

    private PyObject open(String name, String mode, PyObject... more) {
        PyObject[] args = new PyObject[2 + more.length];
        args[0] = s(name);
        args[1] = s(mode);
        System.arraycopy(more, 0, args, 2, more.length);
        return rt.call("open", args);
    }

    private static PyObject m(PyObject o, String name, PyObject... args) {
        return Abstract.callMethod(o, name, args);
    }

    @Test
    void loneCrAtChunkEdgeGivesCookieWithDecoderFlag() throws Exception {
        byte[] data = ("a".repeat(8191) + "\r\nxyz\rq\r" + "b".repeat(10) + "\n").getBytes(StandardCharsets.US_ASCII);
        Files.write(dir.resolve("cr.txt"), data);
        PyObject f = open("cr.txt", "r");
        assertEquals(8191, Abstract.len(m(f, "read", i(8191))));
        PyObject cookie = m(f, "tell");
        // start 8192 (after the '\r'), decoder flag 1 (the '\r' is pending)
        assertEquals(BigInteger.ONE.shiftLeft(64).add(BigInteger.valueOf(8192)), ((PyInt) cookie).bigValue());
        assertEquals("'\\nx'", repr(m(f, "read", i(2))));
        assertEquals("8194", repr(m(f, "tell")));
        m(f, "seek", cookie);
        assertEquals("'\\nxy'", repr(m(f, "read", i(3))));
        assertEquals("('\\r', '\\n', '\\r\\n')", repr(Abstract.getAttr(f, "newlines")));
        m(f, "seek", i(0));
        assertEquals("None", repr(Abstract.getAttr(f, "newlines")));
        m(f, "close");
    }

    @Test
    void unbufferedBinaryIsFileIO() throws Exception {
        Files.writeString(dir.resolve("r.bin"), "abc\r");
        PyObject f = open("r.bin", "rb", i(0));
        assertEquals("<_io.FileIO name='r.bin' mode='rb' closefd=True>", repr(f));
        assertEquals("b'abc\\r'", repr(m(f, "readall")));
        assertEquals("TypeError: readinto() argument must be read-write bytes-like object, not bytes",
                error(() -> m(f, "readinto", rt.call("bytes", i(3)))));
        m(f, "close");
        assertEquals("<_io.FileIO [closed]>", repr(f));
        assertEquals("ValueError: can't have unbuffered text I/O", error(() -> open("r.bin", "r", i(0))));
        PyObject w = open("r.bin", "wb", i(0));
        assertEquals("UnsupportedOperation: File not open for reading", error(() -> m(w, "read")));
        assertEquals("OSError: [Errno 9] Bad file descriptor", error(() -> m(w, "readall")));
        m(w, "close");
    }

    @Test
    void bufferedRawAndDetach() throws Exception {
        Files.writeString(dir.resolve("b.bin"), "xyz");
        PyObject b = open("b.bin", "rb");
        PyObject raw = Abstract.getAttr(b, "raw");
        assertEquals("<_io.FileIO name='b.bin' mode='rb' closefd=True>", repr(raw));
        assertEquals("TypeError: readinto1() argument must be read-write bytes-like object, not str",
                error(() -> m(b, "readinto1", s("x"))));
        assertEquals(raw, m(b, "detach"));
        assertEquals("<_io.BufferedReader>", repr(b));
        assertEquals("ValueError: raw stream has been detached", error(() -> m(b, "read")));
        assertEquals("b'xyz'", repr(m(raw, "read")));
        m(raw, "close");
    }

    @Test
    void openerGetsFlagsAndItsResultIsChecked() throws Exception {
        Files.writeString(dir.resolve("o.txt"), "x");
        StringBuilder seen = new StringBuilder();
        PyObject opener = new org.minipy.objects.PyBuiltinFunction("opener", (a, kw) -> {
            seen.append(repr(a[0])).append(' ').append(repr(rt.call("oct", a[1])));
            return i(-1);
        });
        PyObject[] args = {s("o.txt"), s("a+"), opener};
        assertEquals("ValueError: opener returned -1",
                error(() -> rt.callKw("open", args, "opener")));
        assertEquals("'o.txt' '0o2002102'", seen.toString());
        PyObject fd = new org.minipy.objects.PyBuiltinFunction("opener", (a, kw) -> i(7));
        assertEquals("OSError: [Errno 9] Bad file descriptor",
                error(() -> rt.callKw("open", new PyObject[] {s("o.txt"), fd}, "opener")));
        PyObject str = new org.minipy.objects.PyBuiltinFunction("opener", (a, kw) -> s("x"));
        assertEquals("TypeError: expected integer from opener",
                error(() -> rt.callKw("open", new PyObject[] {s("o.txt"), str}, "opener")));
    }
}
