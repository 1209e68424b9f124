package org.minipy.vm;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.minipy.code.Code;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyEllipsis;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;

/**
 * Test aid: code objects compiled by CPython 3.11 and converted to minipy's format by
 * {@code src/test/python/cpy2mini.py}, so the VM can be tested independently of minipy's compiler.
 */
final class CPythonCode {
    private final String[] lines;
    private int pos;

    private CPythonCode(String text) {
        this.lines = text.split("\n");
    }

    static boolean available() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Compiles {@code source} with python3 and converts it. */
    static Code compile(String source, String filename, String mode) {
        try {
            Path tmp = Files.createTempFile("minipy", ".py");
            Files.writeString(tmp, source);
            Process p = new ProcessBuilder("python3", Path.of("src/test/python/cpy2mini.py").toAbsolutePath().toString(),
                    tmp.toString(), filename, mode).redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("cpy2mini failed: " + err);
            }
            Files.delete(tmp);
            return new CPythonCode(out).code();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String next() {
        return lines[pos++];
    }

    private static String unhex(String h) {
        return h.equals("-") ? "" : new String(HexFormat.of().parseHex(h), StandardCharsets.UTF_8);
    }

    private static String[] rest(String line) {
        int sp = line.indexOf(' ');
        String r = sp < 0 ? "" : line.substring(sp + 1).trim();
        return r.isEmpty() ? new String[0] : r.split(" ");
    }

    private Code code() {
        String[] h = rest(next());
        String name = unhex(rest(next())[0]);
        String qualname = unhex(rest(next())[0]);
        String filename = unhex(rest(next())[0]);
        String[] b = rest(next());
        byte[] bytes = b.length == 0 || b[0].equals("-") ? new byte[0] : HexFormat.of().parseHex(b[0]);
        String[] names = hexes(rest(next()));
        String[] lpnames = hexes(rest(next()));
        String[] k = rest(next());
        byte[] kinds = new byte[k.length];
        for (int i = 0; i < k.length; i++) {
            kinds[i] = (byte) Integer.parseInt(k[i]);
        }
        int[] lt = ints(rest(next()));
        int[] positions = ints(rest(next()));
        int[] exc = ints(rest(next()));
        int nconsts = Integer.parseInt(rest(next())[0]);
        PyObject[] consts = new PyObject[nconsts];
        for (int i = 0; i < nconsts; i++) {
            consts[i] = constant();
        }
        next(); // end
        return new Code(Integer.parseInt(h[0]), Integer.parseInt(h[1]), Integer.parseInt(h[2]),
                Integer.parseInt(h[3]), Integer.parseInt(h[4]), bytes, consts, names, lpnames, kinds, filename,
                name, qualname, Integer.parseInt(h[5]), lt, positions, exc);
    }

    private PyObject constant() {
        String line = lines[pos];
        String kind = line.split(" ")[0];
        switch (kind) {
            case "code":
                return code();
            default:
                break;
        }
        pos++;
        String[] r = rest(line);
        switch (kind) {
            case "none": return PyNone.None;
            case "true": return PyBool.True;
            case "false": return PyBool.False;
            case "ellipsis": return PyEllipsis.Ellipsis;
            case "int": return PyInt.of(new BigInteger(r[0]));
            case "float": return new PyFloat(Double.parseDouble(r[0].replace("0x", "0x").contains("inf")
                    ? (r[0].startsWith("-") ? "-Infinity" : "Infinity") : r[0].equals("nan") ? "NaN" : r[0] + (r[0].contains("p") ? "" : "p0")));
            case "str": return PyStr.of(r.length == 0 ? "" : unhex(r[0]));
            case "bytes": return PyBytes.of(r.length == 0 || r[0].equals("-") ? new byte[0] : HexFormat.of().parseHex(r[0]));
            case "tuple": {
                int n = Integer.parseInt(r[0]);
                PyObject[] items = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    items[i] = constant();
                }
                return new PyTuple(items);
            }
            default:
                throw new IllegalStateException("bad constant line: " + line);
        }
    }

    private static String[] hexes(String[] h) {
        String[] out = new String[h.length];
        for (int i = 0; i < h.length; i++) {
            out[i] = unhex(h[i]);
        }
        return out;
    }

    private static int[] ints(String[] s) {
        int[] out = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = Integer.parseInt(s[i]);
        }
        return out;
    }

    static List<String> unused() {
        return new ArrayList<>();
    }
}
