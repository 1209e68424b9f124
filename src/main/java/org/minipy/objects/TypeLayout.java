package org.minipy.objects;

import java.util.Map;

/**
 * The C-layout numbers a type reports for introspection ({@code __basicsize__},
 * {@code __itemsize__}, {@code __dictoffset__}, {@code __weakrefoffset__}, {@code __flags__},
 * {@code __text_signature__}). minipy's objects are Java objects, so these describe the layout
 * CPython 3.11 (64-bit) would give: a table for the common built-in types, and for a class the
 * base's numbers plus the slots it adds, as type_new computes them.
 */
final class TypeLayout {
    private TypeLayout() {
    }

    /** basicsize, itemsize, dictoffset, weakrefoffset of built-in types (by name; others inherit their base's). */
    private static final Map<String, int[]> BUILTIN = Map.ofEntries(
            Map.entry("object", new int[] {16, 0, 0, 0}),
            Map.entry("type", new int[] {904, 40, 264, 368}),
            Map.entry("int", new int[] {24, 4, 0, 0}),
            Map.entry("bool", new int[] {32, 4, 0, 0}),
            Map.entry("float", new int[] {24, 0, 0, 0}),
            Map.entry("str", new int[] {80, 0, 0, 0}),
            Map.entry("bytes", new int[] {33, 1, 0, 0}),
            Map.entry("list", new int[] {40, 0, 0, 0}),
            Map.entry("tuple", new int[] {24, 8, 0, 0}),
            Map.entry("dict", new int[] {48, 0, 0, 0}),
            Map.entry("set", new int[] {200, 0, 0, 192}),
            Map.entry("frozenset", new int[] {200, 0, 0, 192}),
            Map.entry("range", new int[] {48, 0, 0, 0}),
            Map.entry("slice", new int[] {40, 0, 0, 0}),
            Map.entry("BaseException", new int[] {72, 0, 16, 0}),
            Map.entry("StopIteration", new int[] {80, 0, 16, 0}),
            Map.entry("OSError", new int[] {112, 0, 16, 0}),
            Map.entry("SyntaxError", new int[] {136, 0, 16, 0}),
            Map.entry("function", new int[] {136, 0, 88, 96}),
            Map.entry("generator", new int[] {152, 8, 0, 24}),
            Map.entry("method", new int[] {48, 0, 0, 32}),
            Map.entry("code", new int[] {184, 2, 0, 144}),
            Map.entry("frame", new int[] {120, 8, 0, 0}),
            Map.entry("cell", new int[] {24, 0, 0, 0}),
            Map.entry("traceback", new int[] {40, 0, 0, 0}),
            Map.entry("module", new int[] {56, 0, 16, 40}),
            Map.entry("super", new int[] {40, 0, 0, 0}),
            Map.entry("property", new int[] {64, 0, 0, 0}),
            Map.entry("classmethod", new int[] {32, 0, 24, 0}),
            Map.entry("staticmethod", new int[] {32, 0, 24, 0}),
            Map.entry("builtin_function_or_method", new int[] {56, 0, 0, 40}),
            Map.entry("enumerate", new int[] {56, 0, 0, 0}),
            Map.entry("zip", new int[] {48, 0, 0, 0}),
            Map.entry("map", new int[] {32, 0, 0, 0}),
            Map.entry("filter", new int[] {32, 0, 0, 0}));

    /** The {@code __text_signature__} of the built-in types that have one; None for the rest. */
    private static final Map<String, String> SIGNATURES = Map.of(
            "object", "()",
            "float", "(x=0, /)",
            "list", "(iterable=(), /)",
            "tuple", "(iterable=(), /)",
            "property", "(fget=None, fset=None, fdel=None, doc=None)",
            "function", "(code, globals, name=None, argdefs=None, closure=None)",
            "method", "(function, instance, /)",
            "cell", "([contents])",
            "module", "(name, doc=None)",
            "enumerate", "(iterable, start=0)");

    private static final int BASICSIZE = 0, ITEMSIZE = 1, DICTOFFSET = 2, WEAKREFOFFSET = 3;

    private static int[] layout(PyType t) {
        if (!t.isHeap()) {
            int[] l = BUILTIN.get(t.getName());
            if (l != null || t.getBase() == null) {
                return l != null ? l : BUILTIN.get("object");
            }
            return layout(t.getBase());
        }
        int[] b = layout(t.getBase());
        int size = b[BASICSIZE];
        int dictoffset = b[DICTOFFSET];
        int weakrefoffset = b[WEAKREFOFFSET];
        if (t.addedDict() && b[ITEMSIZE] != 0) {
            // a variable-size base: the dict pointer goes at the end (dictoffset -8)
            size += 8;
            dictoffset = -8;
        }
        if (t.addedWeakref()) {
            weakrefoffset = size;
            size += 8;
        }
        if (t.addedDict() && b[ITEMSIZE] == 0) {
            // 3.11's managed dict lives in the pre-header, before the object
            dictoffset = -size - 24;
        }
        return new int[] {size, b[ITEMSIZE], dictoffset, weakrefoffset};
    }

    static PyInt basicsize(PyType t) {
        return PyInt.of(layout(t)[BASICSIZE]);
    }

    static PyInt itemsize(PyType t) {
        return PyInt.of(layout(t)[ITEMSIZE]);
    }

    static PyInt dictoffset(PyType t) {
        return PyInt.of(layout(t)[DICTOFFSET]);
    }

    static PyInt weakrefoffset(PyType t) {
        return PyInt.of(layout(t)[WEAKREFOFFSET]);
    }

    static PyObject textSignature(PyType t) {
        String s = t.isHeap() ? null : SIGNATURES.get(t.getName());
        return s == null ? PyNone.None : PyStr.of(s);
    }

    // Py_TPFLAGS_* bits of CPython 3.11
    private static final long MANAGED_DICT = 1L << 4, IMMUTABLETYPE = 1L << 8, HEAPTYPE = 1L << 9,
            BASETYPE = 1L << 10, READY = 1L << 12, HAVE_GC = 1L << 14, VALID_VERSION_TAG = 1L << 19;

    /** The subclass bits: a fast isinstance test for the common built-in bases. */
    private static final long LONG_SUBCLASS = 1L << 24, LIST_SUBCLASS = 1L << 25, TUPLE_SUBCLASS = 1L << 26,
            BYTES_SUBCLASS = 1L << 27, UNICODE_SUBCLASS = 1L << 28, DICT_SUBCLASS = 1L << 29,
            BASE_EXC_SUBCLASS = 1L << 30, TYPE_SUBCLASS = 1L << 31;

    static PyInt flags(PyType t) {
        long f = READY | VALID_VERSION_TAG;
        f |= t.isHeap() ? HEAPTYPE | HAVE_GC : IMMUTABLETYPE;
        if (t.allocator() != null) {
            f |= BASETYPE;
        }
        if (t.isHeap() && t.addedDict() && layout(t.getBase())[ITEMSIZE] == 0) {
            f |= MANAGED_DICT;
        }
        if (t.isSubtypeOf(PyInt.TYPE)) {
            f |= LONG_SUBCLASS;
        } else if (t.isSubtypeOf(PyList.TYPE)) {
            f |= LIST_SUBCLASS;
        } else if (t.isSubtypeOf(PyTuple.TYPE)) {
            f |= TUPLE_SUBCLASS;
        } else if (t.isSubtypeOf(PyBytes.TYPE)) {
            f |= BYTES_SUBCLASS;
        } else if (t.isSubtypeOf(PyStr.TYPE)) {
            f |= UNICODE_SUBCLASS;
        } else if (t.isSubtypeOf(PyDict.TYPE)) {
            f |= DICT_SUBCLASS;
        } else if (t.isSubtypeOf(PyExc.BaseException)) {
            f |= BASE_EXC_SUBCLASS;
        } else if (t.isSubtypeOf(PyType.TYPE)) {
            f |= TYPE_SUBCLASS;
        }
        return PyInt.of(f);
    }
}
