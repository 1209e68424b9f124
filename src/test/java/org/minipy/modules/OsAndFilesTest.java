package org.minipy.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minipy.builtins.FakeRuntime.error;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyException;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyObject;

/** os, os.path and open(), with relative paths against the runtime's working directory. */
class OsAndFilesTest extends ModuleTestBase {
    @TempDir
    Path dir;
    private PyModule os;
    private PyModule path;

    @BeforeEach
    void setUp() {
        rt.cwd = dir;
        os = module("os");
        path = (PyModule) Abstract.getAttr(os, "path");
    }

    private PyObject open(PyObject... args) {
        return rt.call("open", args);
    }

    @Test
    void pathStrings() {
        assertEquals("'a/b/c'", r(path, "join", s("a"), s("b"), s("c")));
        assertEquals("'/x/y'", r(path, "join", s("a"), s("/x"), s("y")));
        assertEquals("'a/b'", r(path, "join", s("a/"), s("b")));
        assertEquals("TypeError: join() argument must be str, bytes, or os.PathLike object, not 'int'",
                error(() -> call(path, "join", s("a"), i(1))));
        assertEquals("('/a/b', '')", r(path, "split", s("/a/b/")));
        assertEquals("'/a'", r(path, "dirname", s("/a/b")));
        assertEquals("'///'", r(path, "dirname", s("///")));
        assertEquals("'b.txt'", r(path, "basename", s("/a/b.txt")));
        assertEquals("('.bashrc', '')", r(path, "splitext", s(".bashrc")));
        assertEquals("('a/b', '.tar')", r(path, "splitext", s("a/b.tar")));
        assertEquals("'//a/c'", r(path, "normpath", s("//a/./b/../c/")));
        assertEquals("'../x'", r(path, "normpath", s("../x")));
        assertEquals("'.'", r(path, "normpath", s("")));
        assertEquals("'" + dir + "/q'", r(path, "abspath", s("q/r/..")));
        assertEquals("'posix'", repr(Abstract.getAttr(os, "name")));
        assertEquals("'/'", repr(Abstract.getAttr(os, "sep")));
        assertEquals("'" + dir + "'", r(os, "getcwd"));
        assertEquals("5", r(os, "getenv", s("NO_SUCH_VARIABLE_HOPEFULLY"), i(5)));
    }

    @Test
    void filesystem() throws Exception {
        call(os, "mkdir", s("sub"));
        assertEquals("True", r(path, "isdir", s("sub")));
        assertEquals("FileExistsError: [Errno 17] File exists: 'sub'", error(() -> call(os, "mkdir", s("sub"))));
        call(os, "makedirs", s("sub/x/y"));
        callKw(os, "makedirs", new PyObject[] {s("sub/x/y"), org.minipy.objects.PyBool.True}, "exist_ok");
        Files.writeString(dir.resolve("f.txt"), "hello");
        assertEquals("True", r(path, "exists", s("f.txt")));
        assertEquals("True", r(path, "isfile", s("f.txt")));
        assertEquals("False", r(path, "isfile", s("sub")));
        assertEquals("5", r(path, "getsize", s("f.txt")));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'nope'",
                error(() -> call(path, "getsize", s("nope"))));
        assertEquals("TypeError: stat: path should be string, bytes, os.PathLike or integer, not float",
                error(() -> call(path, "exists", f(1.5))));
        assertEquals("['f.txt', 'sub']", repr(rt.call("sorted", call(os, "listdir"))));
        call(os, "rename", s("f.txt"), s("g.txt"));
        assertTrue(Files.exists(dir.resolve("g.txt")));
        assertEquals("IsADirectoryError: [Errno 21] Is a directory: 'sub'", error(() -> call(os, "remove", s("sub"))));
        assertEquals("OSError: [Errno 39] Directory not empty: 'sub'", error(() -> call(os, "rmdir", s("sub"))));
        call(os, "remove", s("g.txt"));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'g.txt'",
                error(() -> call(os, "remove", s("g.txt"))));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'nodir'",
                error(() -> call(os, "listdir", s("nodir"))));
    }

    @Test
    void textFiles() throws Exception {
        PyObject w = open(s("t.txt"), s("w"));
        assertEquals("<_io.TextIOWrapper name='t.txt' mode='w' encoding='UTF-8'>", repr(w));
        assertEquals("3", repr(Abstract.callMethod(w, "write", s("ab\n"))));
        Abstract.callMethod(w, "writelines", rt.call("list", org.minipy.objects.PyTuple.of(s("cé\r\n"), s("last"))));
        assertEquals("TypeError: write() argument must be str, not int",
                error(() -> Abstract.callMethod(w, "write", i(1))));
        assertEquals("UnsupportedOperation: not readable", error(() -> Abstract.callMethod(w, "read")));
        Abstract.callMethod(w, "__exit__", s("x"), s("x"), s("x"));
        assertEquals("True", repr(Abstract.getAttr(w, "closed")));
        assertEquals("ValueError: I/O operation on closed file.", error(() -> Abstract.callMethod(w, "write", s("x"))));
        assertEquals("ab\ncé\r\nlast", Files.readString(dir.resolve("t.txt")));

        PyObject r = open(s("t.txt"));
        assertEquals("'ab\\n'", repr(Abstract.callMethod(r, "readline")));
        assertEquals("['cé\\n', 'last']", repr(Abstract.callMethod(r, "readlines")));
        assertEquals("''", repr(Abstract.callMethod(r, "read")));
        Abstract.callMethod(r, "close");
        Abstract.callMethod(r, "close");
        assertEquals("ValueError: I/O operation on closed file.", error(() -> Abstract.callMethod(r, "read")));

        PyObject it = open(s("t.txt"));
        assertEquals("['ab\\n', 'cé\\n', 'last']", repr(rt.call("list", it)));
        PyObject raw = rt.callKw("open", new PyObject[] {s("t.txt"), s("")}, "newline");
        assertEquals("'ab\\ncé\\r\\nlast'", repr(Abstract.callMethod(raw, "read")));
        PyObject part = open(s("t.txt"));
        assertEquals("'ab\\nc'", repr(Abstract.callMethod(part, "read", i(4))));
        assertEquals("'é'", repr(Abstract.callMethod(part, "read", i(1))));

        PyObject a = open(s("t.txt"), s("a"));
        Abstract.callMethod(a, "write", s("!"));
        Abstract.callMethod(a, "close");
        assertTrue(Files.readString(dir.resolve("t.txt")).endsWith("last!"));
        assertEquals("FileExistsError: [Errno 17] File exists: 't.txt'", error(() -> open(s("t.txt"), s("x"))));
    }

    @Test
    void binaryFilesAndErrors() throws Exception {
        PyObject w = open(s("b.bin"), s("wb"));
        assertEquals("<_io.BufferedWriter name='b.bin'>", repr(w));
        assertEquals("TypeError: a bytes-like object is required, not 'str'",
                error(() -> Abstract.callMethod(w, "write", s("abc"))));
        Abstract.callMethod(w, "write", PyBytes.of("ab\ncd".getBytes(StandardCharsets.UTF_8)));
        Abstract.callMethod(w, "close");
        PyObject r = open(s("b.bin"), s("rb"));
        assertEquals("<_io.BufferedReader name='b.bin'>", repr(r));
        assertEquals("b'ab\\n'", repr(Abstract.callMethod(r, "readline")));
        assertEquals("b'cd'", repr(Abstract.callMethod(r, "read")));

        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'nonexist'",
                error(() -> open(s("nonexist"))));
        try {
            open(s("nonexist"));
        } catch (PyException e) {
            assertEquals("2", repr(Abstract.getAttr(e.value, "errno")));
            assertEquals("'No such file or directory'", repr(Abstract.getAttr(e.value, "strerror")));
            assertEquals("'nonexist'", repr(Abstract.getAttr(e.value, "filename")));
        }
        Files.createDirectory(dir.resolve("d"));
        assertEquals("IsADirectoryError: [Errno 21] Is a directory: 'd'", error(() -> open(s("d"))));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'no/a'",
                error(() -> open(s("no/a"), s("w"))));
        assertEquals("ValueError: must have exactly one of create/read/write/append mode",
                error(() -> open(s("x"), s("rw"))));
        assertEquals("ValueError: invalid mode: 'zz'", error(() -> open(s("x"), s("zz"))));
        assertEquals("ValueError: binary mode doesn't take an encoding argument",
                error(() -> rt.callKw("open", new PyObject[] {s("b.bin"), s("rb"), s("utf-8")}, "encoding")));
        assertEquals("TypeError: expected str, bytes or os.PathLike object, not float", error(() -> open(f(1.5))));
        assertEquals("TypeError: open() missing required argument 'file' (pos 1)", error(() -> rt.call("open")));
    }
}
