package org.minipy.modules.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyException;

/** The raw, buffered and text layers under open(), through their Java API. */
class FileLayersTest {
    @TempDir
    Path dir;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private PyBinaryFile binary(String name, String mode) {
        return (PyBinaryFile) FileOpener.open(dir.resolve(name), name, mode, null, null);
    }

    private TextFile text(String name, String mode, String newline) {
        return (TextFile) FileOpener.open(dir.resolve(name), name, mode, -1, "utf-8", null, newline);
    }

    private static String message(PyException e) {
        return e.value.getType().getName() + ": " + Abstract.str(e.value).value();
    }

    @Test
    void rawPositionalIoAndAppend() throws Exception {
        Path p = dir.resolve("raw.bin");
        RawFile w = RawFile.open(p, "raw.bin", 'w', true);
        assertEquals(5, w.write(0, b("hello"), 0, 5));
        assertEquals(9, w.write(7, b("xy"), 0, 2));
        byte[] buf = new byte[16];
        assertEquals(9, w.read(0, buf, 0, 16));
        assertArrayEquals(b("hello\0\0xy"), Arrays.copyOf(buf, 9));
        w.truncate(3);
        assertEquals(3, w.size());
        w.truncate(6);
        assertEquals(6, w.size());
        w.close();
        RawFile a = RawFile.open(p, "raw.bin", 'a', false);
        assertEquals(8, a.write(0, b("!!"), 0, 2));   // append ignores the position
        a.close();
        assertArrayEquals(b("hel\0\0\0!!"), Files.readAllBytes(p));
        PyException e = assertThrows(PyException.class, () -> RawFile.open(p, "raw.bin", 'x', false));
        assertEquals("FileExistsError: [Errno 17] File exists: 'raw.bin'", message(e));
    }

    @Test
    void bufferedReadsAcrossTheBuffer() throws Exception {
        byte[] data = new byte[3 * PyBinaryFile.BUFFER_SIZE + 123];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i % 7 == 6 ? '\n' : 'a' + i % 7);
        }
        Files.write(dir.resolve("big.bin"), data);
        PyBinaryFile f = binary("big.bin", "rb");
        assertArrayEquals(Arrays.copyOf(data, 3), f.readBytes(3));
        assertArrayEquals(b("def\n"), f.readLineBytes(-1));
        assertEquals(7, f.position());
        byte[] mid = f.readBytes(PyBinaryFile.BUFFER_SIZE * 2);
        assertArrayEquals(Arrays.copyOfRange(data, 7, 7 + PyBinaryFile.BUFFER_SIZE * 2), mid);
        assertEquals(100, f.seekTo(100, 0));
        assertArrayEquals(Arrays.copyOfRange(data, 100, 110), f.readBytes(10));
        assertEquals(data.length - 5, f.seekTo(-5, 2));
        assertArrayEquals(Arrays.copyOfRange(data, data.length - 5, data.length), f.readBytes(-1));
        assertEquals(0, f.readBytes(10).length);
        f.seekTo(0, 0);
        int lines = 0;
        for (byte[] l = f.readLineBytes(-1); l.length > 0; l = f.readLineBytes(-1)) {
            lines++;
        }
        assertEquals(data.length / 7 + 1, lines);
        f.close();
    }

    @Test
    void bufferedWritesReadsAndAppend() throws Exception {
        PyBinaryFile f = binary("rw.bin", "wb+");
        assertEquals("BufferedRandom", f.getType().getName());
        f.writeBytes(b("0123456789"), 0, 10);
        assertEquals(10, f.position());
        f.seekTo(2, 0);
        assertArrayEquals(b("23"), f.readBytes(2));
        f.writeBytes(b("ab"), 0, 2);                  // lands after what was read
        assertEquals(6, f.position());
        assertArrayEquals(b("67"), f.readBytes(2));
        assertEquals(5, f.truncateTo(5L));
        assertEquals(8, f.position());                // truncate keeps the position
        f.close();
        assertArrayEquals(b("0123a"), Files.readAllBytes(dir.resolve("rw.bin")));

        PyBinaryFile a = binary("rw.bin", "ab+");
        assertEquals(5, a.position());
        a.seekTo(0, 0);
        assertArrayEquals(b("01"), a.readBytes(2));
        a.writeBytes(b("Z"), 0, 1);
        assertEquals(3, a.position());                // as CPython, until written out
        a.flush();
        assertEquals(6, a.position());
        a.close();
        assertArrayEquals(b("0123aZ"), Files.readAllBytes(dir.resolve("rw.bin")));

        byte[] big = new byte[PyBinaryFile.BUFFER_SIZE * 2 + 1];
        Arrays.fill(big, (byte) 'q');
        PyBinaryFile w = binary("big.bin", "wb");
        w.writeBytes(b("<"), 0, 1);
        w.writeBytes(big, 0, big.length);
        w.writeBytes(b(">"), 0, 1);
        assertEquals(big.length + 2, w.position());
        w.close();
        assertEquals(big.length + 2, Files.size(dir.resolve("big.bin")));
    }

    @Test
    void textTellsBytePositionsAndTranslatesNewlines() throws Exception {
        Files.write(dir.resolve("t.txt"), "aé\r\nb€\rc\n".getBytes(StandardCharsets.UTF_8));
        TextFile f = text("t.txt", "r", null);
        assertEquals("aé\n", f.readLineText(-1));
        assertEquals(5, f.tell());
        assertEquals("b", f.readText(1));
        assertEquals(6, f.tell());
        assertEquals("€\n", f.readLineText(-1));
        assertEquals("c\n", f.readLineText(-1));
        assertEquals("", f.readLineText(-1));
        f.seek(1, 0);
        assertEquals("é\n", f.readText(2));
        f.close();

        TextFile raw = text("t.txt", "r", "");
        assertEquals("aé\r\n", raw.readLineText(-1));
        assertEquals("b€\r", raw.readLineText(-1));
        assertEquals("c\n", raw.readLineText(-1));
        raw.close();

        TextFile w = text("w.txt", "w", "\r\n");
        w.writeString("x\ny\n");
        assertEquals(6, w.tell());
        w.close();
        assertEquals("x\r\ny\r\n", Files.readString(dir.resolve("w.txt")));
    }

    @Test
    void textChunksSplitCharactersAndCrLf() throws Exception {
        // a 3-byte character and a \r\n across the first 8192-byte chunk boundary
        StringBuilder sb = new StringBuilder("x".repeat(TextFile.CHUNK - 1)).append("€\r\nend\r");
        Files.write(dir.resolve("c.txt"), sb.toString().getBytes(StandardCharsets.UTF_8));
        TextFile f = text("c.txt", "r", null);
        String first = f.readLineText(-1);
        assertEquals(TextFile.CHUNK + 1, first.length());
        assertTrue(first.endsWith("€\n"));
        assertEquals(TextFile.CHUNK + 4, f.tell());
        assertEquals("end\n", f.readLineText(-1));
        assertEquals("", f.readLineText(-1));
        f.seek(TextFile.CHUNK - 1, 0);
        assertEquals("€\ne", f.readText(3));
        f.close();

        Files.write(dir.resolve("c.txt"), ("y".repeat(TextFile.CHUNK - 1) + "\r\nz").getBytes(StandardCharsets.UTF_8));
        TextFile g = text("c.txt", "r", "\r\n");
        assertEquals(TextFile.CHUNK + 1, g.readLineText(-1).length());
        assertEquals("z", g.readLineText(-1));
        g.close();
    }

    @Test
    void textWriteAfterReadGoesAfterTheReadAhead() throws Exception {
        Files.writeString(dir.resolve("u.txt"), "hello\n");
        TextFile f = text("u.txt", "r+", null);
        assertEquals("h", f.readText(1));
        assertEquals(1, f.tell());
        f.writeString("Z");
        assertEquals(7, f.tell());
        f.close();
        assertEquals("hello\nZ", Files.readString(dir.resolve("u.txt")));
    }

    @Test
    void closedAndWrongDirectionErrors() throws Exception {
        TextFile t = text("e.txt", "w", null);
        assertEquals("UnsupportedOperation: not readable", message(assertThrows(PyException.class,
                () -> t.checkReadable("read"))));
        t.close();
        assertEquals("ValueError: I/O operation on closed file.", message(assertThrows(PyException.class,
                () -> t.writeString("x"))));
        PyBinaryFile r = binary("e.txt", "rb");
        assertEquals("UnsupportedOperation: write", message(assertThrows(PyException.class,
                () -> r.checkWritable("write"))));
        r.close();
        assertEquals("ValueError: read of closed file", message(assertThrows(PyException.class,
                () -> r.checkReadable("read"))));
        assertEquals("ValueError: seek of closed file", message(assertThrows(PyException.class,
                () -> r.checkClosed("seek"))));
    }

    @Test
    void unclosedWritersAreFlushedWhenTheirPathIsOpenedAgain() throws Exception {
        TextFile w = text("l.txt", "w", null);
        w.writeString("kept");
        TextFile r = text("l.txt", "r", null);
        assertEquals("kept", r.readText(-1));
        r.close();
        w.close();
    }
}
