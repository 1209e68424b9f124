package org.minipy.vm;

import org.minipy.code.Code;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyType;

/**
 * The inline caches of one code object run with one globals dict (CPython 3.11's specialising
 * interpreter, PEP 659, is the model). Indexed by code unit. A LOAD_GLOBAL entry remembers the
 * entry slot of the name in the globals (or builtins) dict, valid while the dict's key set is
 * unchanged ({@link PyDict#version()}); a LOAD_ATTR/LOAD_METHOD entry remembers what the type's
 * MRO gave for the name, valid while the type's version is unchanged.
 */
final class CodeCache {
    /** LOAD_GLOBAL: versions of globals and builtins when the entry was filled. */
    final int[] globalsVersion;
    final int[] builtinsVersion;
    /** Entry slot in globals (>= 0) or in builtins (encoded as -2 - slot); -1 when empty. */
    final int[] slot;
    /** LOAD_ATTR/LOAD_METHOD: the type seen, its version, and the MRO lookup result. */
    final PyType[] attrType;
    final int[] attrVersion;
    final PyObject[] attrDescr;

    CodeCache(Code code) {
        int n = code.co_code.length / 2;
        globalsVersion = new int[n];
        builtinsVersion = new int[n];
        slot = new int[n];
        java.util.Arrays.fill(slot, -1);
        attrType = new PyType[n];
        attrVersion = new int[n];
        attrDescr = new PyObject[n];
    }
}
