package org.minipy.objects;

import java.io.ByteArrayOutputStream;

/** The methods and constructor of {@code bytes}. */
final class BytesMethods {
    private BytesMethods() {
    }

    /** The bytes of an iterable of ints, each in range(256). */
    static byte[] fromIterable(PyObject o) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyObject it = Abstract.iter(o);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            PyInt i = Abstract.index(x);
            if (i.big != null || i.value < 0 || i.value > 255) {
                throw PyErr.valueError("bytes must be in range(0, 256)");
            }
            out.write((int) i.value);
        }
        return out.toByteArray();
    }

    static void install(PyType t) {
    }
}
