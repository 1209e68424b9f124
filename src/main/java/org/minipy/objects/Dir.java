package org.minipy.objects;

import java.util.TreeSet;

/** {@code dir(obj)}: the sorted names of the instance dict and of every class in the MRO. */
final class Dir {
    private Dir() {
    }

    static PyList of(PyObject o) {
        TreeSet<String> names = new TreeSet<>();
        PyDict d = o.getDict();
        if (d != null) {
            addKeys(names, d);
        }
        PyType t = o instanceof PyType ty ? ty : o.getType();
        for (PyType c : t.getMro()) {
            addKeys(names, c.getDict());
        }
        PyList result = new PyList();
        for (String n : names) {
            result.append(PyStr.of(n));
        }
        return result;
    }

    private static void addKeys(TreeSet<String> names, PyDict d) {
        PyObject it = d.iter();
        for (PyObject k = it.next(); k != null; k = it.next()) {
            if (k instanceof PyStr s) {
                names.add(s.value());
            }
        }
    }
}
