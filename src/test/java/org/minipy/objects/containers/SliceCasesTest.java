package org.minipy.objects.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyException;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyObject;
import org.minipy.objects.PySlice;
import org.minipy.objects.PyTuple;

/** List and tuple slice get/set/del against CPython (gen_slices.py). */
class SliceCasesTest {
    private static PyObject arg(String s) {
        return s.equals("N") ? null : PyInt.of(Long.parseLong(s));
    }

    private static PyList listOf(int n, int base) {
        PyList l = new PyList();
        for (int i = 0; i < n; i++) {
            l.append(PyInt.of(base + i));
        }
        return l;
    }

    @Test
    void casesFromCPython() throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SliceCasesTest.class.getResourceAsStream("/containers/slice_cases.txt"), StandardCharsets.UTF_8))) {
            int count = 0;
            for (String line = in.readLine(); line != null; line = in.readLine(), count++) {
                String[] f = line.split("\\|", -1);
                PyList xs = listOf(Integer.parseInt(f[1]), 0);
                PySlice s = new PySlice(arg(f[2]), arg(f[3]), arg(f[4]));
                PyList val = listOf(f[5].isEmpty() ? 0 : f[5].split(" ").length, 100);
                String got;
                try {
                    switch (f[0]) {
                        case "get":
                            got = T.repr(Abstract.getItem(xs, s));
                            // a tuple slices the same way
                            assertEquals(got.replace('[', '(').replace(']', ')').replaceAll("\\((\\d+)\\)", "($1,)"),
                                    T.repr(Abstract.getItem(PyTuple.of(xs.toArray()), s)), line);
                            break;
                        case "set":
                            Abstract.setItem(xs, s, val);
                            got = T.repr(xs);
                            break;
                        default:
                            Abstract.delItem(xs, s);
                            got = T.repr(xs);
                            break;
                    }
                } catch (PyException e) {
                    got = e.value.getType().getName() + ": " + Abstract.str(e.value).value();
                }
                assertEquals(f[6], got, line);
            }
            assertEquals(3000, count);
        }
    }
}
