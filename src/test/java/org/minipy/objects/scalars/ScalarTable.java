package org.minipy.objects.scalars;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minipy.objects.Abstract;
import org.minipy.objects.BinaryOps;
import org.minipy.objects.CompareOp;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyException;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;
import org.minipy.objects.PyType;
import org.junit.jupiter.api.DynamicTest;

/**
 * Table-driven tests: each line of a .tsv file (made by gen_cases.py with python3 as the
 * oracle) is kind, receiver, name, args tuple, kwargs dict, expected repr or "!! Type: msg".
 */
final class ScalarTable {
    private ScalarTable() {
    }

    static final String DIR = "src/test/java/org/minipy/objects/scalars/";

    static List<DynamicTest> load(String file) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of(DIR + file), StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            tests.add(DynamicTest.dynamicTest(f[0] + " " + f[1] + " " + f[2] + " " + f[3], () -> check(f)));
        }
        return tests;
    }

    private static void check(String[] f) {
        String actual;
        try {
            actual = Abstract.repr(eval(f)).value();
        } catch (PyException e) {
            actual = "!! " + e.getMessage();
        }
        org.junit.jupiter.api.Assertions.assertEquals(f[5], actual, String.join(" | ", f));
    }

    private static PyType type(String name) {
        switch (name) {
            case "int": return PyInt.TYPE;
            case "float": return PyFloat.TYPE;
            case "str": return PyStr.TYPE;
            case "bytes": return PyBytes.TYPE;
            case "bool": return PyBool.TYPE;
            default: throw new IllegalArgumentException(name);
        }
    }

    private static final String[] OPS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};

    static PyObject eval(String[] f) {
        String kind = f[0];
                PyObject recv = f[1].isEmpty() || kind.equals("tm") ? null : PyLiteral.parse(f[1]);
        String name = f[2];
        PyObject[] args = ((PyTuple) PyLiteral.parse(f[3])).items();
        PyDict kwargs = (PyDict) PyLiteral.parse(f[4]);
        int nkw = kwargs.length();
        PyObject[] all = new PyObject[args.length + nkw];
        System.arraycopy(args, 0, all, 0, args.length);
        String[] kwnames = new String[nkw];
        PyObject it = kwargs.iter();
        int k = 0;
        for (PyObject key = it.next(); key != null; key = it.next()) {
            kwnames[k] = ((PyStr) key).value();
            all[args.length + k++] = kwargs.getItem(key);
        }
        switch (kind) {
            case "m":
                return Abstract.call(Abstract.getAttr(recv, name), all, kwnames);
            case "t":
                return Abstract.call(type(name), all, kwnames);
            case "tm":
                return Abstract.call(Abstract.getAttr(type(f[1]), name), all, kwnames);
            case "b":
                for (int op = 0; op < OPS.length; op++) {
                    if (OPS[op].equals(name)) {
                        return Abstract.binaryOp(recv, args[0], op);
                    }
                }
                throw new IllegalArgumentException(name);
            case "c":
                for (CompareOp op : CompareOp.values()) {
                    if (op.symbol.equals(name)) {
                        return Abstract.richCompare(recv, args[0], op);
                    }
                }
                throw new IllegalArgumentException(name);
            case "u":
                switch (name) {
                    case "-": return Abstract.negative(recv);
                    case "+": return Abstract.positive(recv);
                    case "~": return Abstract.invert(recv);
                    case "abs": return Abstract.abs(recv);
                    case "hash": return PyInt.of(Abstract.hash(recv));
                    case "len": return PyInt.of(Abstract.len(recv));
                    case "str": return Abstract.str(recv);
                    case "repr": return Abstract.repr(recv);
                    case "bool": return PyBool.of(Abstract.isTrue(recv));
                    case "list": return org.minipy.objects.PyList.fromIterable(recv);
                    default: throw new IllegalArgumentException(name);
                }
            case "i":
                return Abstract.getItem(recv, args[0]);
            case "in":
                return PyBool.of(Abstract.contains(recv, args[0]));
            case "fmt":
                return Abstract.format(recv, ((PyStr) args[0]).value());
            case "pow3":
                return PyInt.pow((PyInt) recv, (PyInt) args[0], (PyInt) args[1]);
            default:
                throw new IllegalArgumentException(kind);
        }
    }
}
