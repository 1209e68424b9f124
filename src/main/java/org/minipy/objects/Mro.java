package org.minipy.objects;

import java.util.ArrayList;
import java.util.List;

/** The C3 linearisation that orders a class's bases (CPython's {@code mro_implementation}). */
final class Mro {
    private Mro() {
    }

    static PyType[] c3(PyType type, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.getMro())));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        checkDuplicates(bases);
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType head = null;
            for (List<PyType> s : seqs) {
                PyType candidate = s.get(0);
                if (!inTail(seqs, candidate)) {
                    head = candidate;
                    break;
                }
            }
            if (head == null) {
                throw inconsistent(seqs);
            }
            result.add(head);
            for (List<PyType> s : seqs) {
                if (s.get(0) == head) {
                    s.remove(0);
                }
            }
        }
    }

    private static boolean inTail(List<List<PyType>> seqs, PyType t) {
        for (List<PyType> s : seqs) {
            if (s.indexOf(t) > 0) {
                return true;
            }
        }
        return false;
    }

    private static void checkDuplicates(PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PyErr.typeError("duplicate base class %s", bases[i].getName());
                }
            }
        }
    }

    private static PyException inconsistent(List<List<PyType>> seqs) {
        // CPython names the heads that could not be ordered, in the order of the bases.
        List<String> names = new ArrayList<>();
        for (List<PyType> s : seqs) {
            String n = s.get(0).getName();
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return PyErr.typeError("Cannot create a consistent method resolution\norder (MRO) for bases %s",
                String.join(", ", names));
    }
}
