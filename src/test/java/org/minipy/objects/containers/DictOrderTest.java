package org.minipy.objects.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyInt;

/** Insertion order under sets, deletes, popitem, copy and setdefault, against CPython (gen_dicts.py). */
class DictOrderTest {
    @Test
    void casesFromCPython() throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DictOrderTest.class.getResourceAsStream("/containers/dict_cases.txt"), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine(), n++) {
                String[] f = line.split("\\|", -1);
                PyDict d = new PyDict();
                StringBuilder pops = new StringBuilder();
                for (String op : f[0].split(" ")) {
                    String[] p = op.split(":");
                    switch (p[0]) {
                        case "s":
                            d.setItem(PyInt.of(Long.parseLong(p[1])), PyInt.of(Long.parseLong(p[2])));
                            break;
                        case "d":
                            Abstract.delItem(d, PyInt.of(Long.parseLong(p[1])));
                            break;
                        case "p":
                            pops.append(pops.length() > 0 ? ";" : "").append(T.repr(d.popItem()));
                            break;
                        case "c":
                            d = d.copy();
                            break;
                        case "u":
                            T.m(d, "setdefault", PyInt.of(Long.parseLong(p[1])), 7);
                            break;
                        default:
                            break;
                    }
                }
                assertEquals(f[1], T.repr(d), line);
                assertEquals(f[2], pops.toString(), line);
            }
            assertEquals(200, n);
        }
    }
}
