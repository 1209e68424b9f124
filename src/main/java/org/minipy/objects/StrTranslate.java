package org.minipy.objects;

/** {@code str.maketrans} and {@code str.translate}. */
final class StrTranslate {
    private StrTranslate() {
    }

    /** {@code str.maketrans(x[, y[, z]])} (a static method: no self). */
    static PyObject maketrans(PyObject[] a, String[] kw) {
        ArgParser.noKeywords("maketrans", kw);
        if (a.length < 1 || a.length > 3) {
            throw PyErr.typeError(a.length < 1 ? "maketrans expected at least 1 argument, got %d"
                    : "maketrans expected at most 3 arguments, got %d", a.length);
        }
        PyDict d = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict src)) {
                throw PyErr.typeError("if you give only one argument to maketrans it must be a dict");
            }
            PyObject it = src.iter();
            for (PyObject k = it.next(); k != null; k = it.next()) {
                PyObject v = src.getItemOrNull(k);
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) {
                        throw PyErr.valueError("string keys in translate table must be of length 1");
                    }
                    d.setItem(PyInt.of(ks.value().codePointAt(0)), v);
                } else if (k instanceof PyInt) {
                    d.setItem(k, v);
                } else {
                    throw PyErr.typeError("keys in translate table must be strings or integers");
                }
            }
            return d;
        }
        if (!(a[0] instanceof PyStr x)) {
            throw PyErr.typeError("maketrans() argument 1 must be str, not %s", a[0].getType().getName());
        }
        if (!(a[1] instanceof PyStr y)) {
            throw PyErr.typeError("maketrans() argument 2 must be str, not %s", a[1].getType().getName());
        }
        if (x.length() != y.length()) {
            throw PyErr.valueError("the first two maketrans arguments must have equal length");
        }
        int[] xs = x.value().codePoints().toArray(), ys = y.value().codePoints().toArray();
        for (int k = 0; k < xs.length; k++) {
            d.setItem(PyInt.of(xs[k]), PyInt.of(ys[k]));
        }
        if (a.length == 3) {
            if (!(a[2] instanceof PyStr z)) {
                throw PyErr.typeError("maketrans() argument 3 must be str, not %s", a[2].getType().getName());
            }
            z.value().codePoints().forEach(c -> d.setItem(PyInt.of(c), PyNone.None));
        }
        return d;
    }

    static PyObject translate(PyStr self, PyObject table) {
        String v = self.value();
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            PyObject r;
            try {
                r = Abstract.getItem(table, PyInt.of(c));
            } catch (PyException e) {
                if (e.matches(PyExc.LookupError)) {
                    sb.appendCodePoint(c);
                    continue;
                }
                throw e;
            }
            if (r == PyNone.None) {
                continue;
            }
            if (r instanceof PyInt ri) {
                if (ri.isBig() || ri.value < 0 || ri.value > 0x10ffff) {
                    throw PyErr.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) ri.value);
            } else if (r instanceof PyStr rs) {
                sb.append(rs.value());
            } else {
                throw PyErr.typeError("character mapping must return integer, None or str");
            }
        }
        return PyStr.of(sb.toString());
    }
}
