package org.minipy.vm;

import java.util.ArrayList;
import java.util.List;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBaseException;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;

/**
 * The "Did you mean: 'x'?" hint that CPython 3.11 adds to an uncaught NameError or
 * AttributeError (cf. Python/suggestions.c): the closest name by an edit distance where a
 * change of case costs half of any other edit.
 */
final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {
    }

    /** The suggested name for {@code exc}, or null. */
    static String forException(PyBaseException exc) {
        PyObject name = exc.attr("name");
        if (!(name instanceof PyStr n)) {
            return null;
        }
        try {
            if (exc.getType().isSubtypeOf(PyExc.NameError)) {
                return forName(exc, n.value());
            }
            if (exc.getType().isSubtypeOf(PyExc.AttributeError)) {
                PyObject obj = exc.attr("obj");
                return obj == null ? null : best(strings(Abstract.callMethod(obj, "__dir__")), n.value());
            }
        } catch (RuntimeException e) {
            return null; // a hint is never worth a second error
        }
        return null;
    }

    /** Locals of the innermost frame, then its globals, then its builtins. */
    private static String forName(PyBaseException exc, String name) {
        if (!(exc.traceback instanceof PyTraceback tb)) {
            return null;
        }
        while (tb.next != null) {
            tb = tb.next;
        }
        PyFrame f = tb.frame;
        String s = best(List.of(f.code.co_varnames), name);
        if (s == null) {
            s = best(keys(f.globals), name);
        }
        if (s == null && f.builtins != null) {
            s = best(keys(f.builtins), name);
        }
        return s;
    }

    private static List<String> keys(PyDict d) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < d.entrySlots(); j++) {
            if (d.keyAt(j) instanceof PyStr s) {
                out.add(s.value());
            }
        }
        return out;
    }

    private static List<String> strings(PyObject iterable) {
        List<String> out = new ArrayList<>();
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (x instanceof PyStr s) {
                out.add(s.value());
            }
        }
        out.sort(null);
        return out;
    }

    /** cf. calculate_suggestions: the first candidate with the smallest acceptable distance. */
    static String best(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS || name.length() > MAX_STRING_SIZE) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            // no more than a third of the characters involved may change
            int maxDistance = (name.length() + item.length() + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, bestDistance - 1);
            int d = distance(name, item, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (best == null || d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    /** cf. levenshtein_distance, giving up (maxCost + 1) once the distance must exceed maxCost. */
    static int distance(String a, String b, int maxCost) {
        if (a.equals(b)) {
            return 0;
        }
        int start = 0;
        int aEnd = a.length(), bEnd = b.length();
        while (start < aEnd && start < bEnd && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        while (aEnd > start && bEnd > start && a.charAt(aEnd - 1) == b.charAt(bEnd - 1)) {
            aEnd--;
            bEnd--;
        }
        a = a.substring(start, aEnd);
        b = b.substring(start, bEnd);
        if (a.isEmpty() || b.isEmpty()) {
            return (a.length() + b.length()) * MOVE_COST;
        }
        if (a.length() > MAX_STRING_SIZE || b.length() > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (b.length() < a.length()) {
            String t = a;
            a = b;
            b = t;
        }
        if ((b.length() - a.length()) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] row = new int[a.length()];
        for (int i = 0; i < row.length; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < b.length(); bi++) {
            char bc = b.charAt(bi);
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < a.length(); ai++) {
                int substitute = distance + substitutionCost(bc, a.charAt(ai));
                distance = row[ai];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[ai] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    private static int substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        return Character.toLowerCase(a) == Character.toLowerCase(b) && a < 128 && b < 128 ? CASE_COST : MOVE_COST;
    }
}
