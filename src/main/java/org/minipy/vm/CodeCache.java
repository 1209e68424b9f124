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
    /** Entries per instruction in the attribute cache: sites that see a few classes stay cached. */
    static final int WAYS = 4;
    /** LOAD_ATTR/LOAD_METHOD/STORE_ATTR: the types seen, their versions, and the MRO lookup results
     *  (entry {@code i * WAYS + k}). */
    final PyType[] attrType;
    final int[] attrVersion;
    final PyObject[] attrDescr;
    /** LOAD_ATTR: the entry slot where the last instance dict held the name (instances of a class
     *  usually store their attributes in the same order, so the slot is a good guess). */
    final int[] dictSlot;

    /** The instructions decoded once: {@code opcode | arg << 8} per code unit. */
    final int[] ops;

    CodeCache(Code code) {
        int n = code.co_code.length / 2;
        byte[] co = code.co_code;
        ops = new int[n];
        for (int u = 0; u < n; u++) {
            ops[u] = (co[2 * u] & 0xff) | (co[2 * u + 1] & 0xff) << 8;
        }
        globalsVersion = new int[n];
        builtinsVersion = new int[n];
        slot = new int[n];
        java.util.Arrays.fill(slot, -1);
        attrType = new PyType[n * WAYS];
        attrVersion = new int[n * WAYS];
        attrDescr = new PyObject[n * WAYS];
        dictSlot = new int[n];
    }
}
