package org.minipy.vm;

import org.minipy.code.Code;
import org.minipy.code.Opcode;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyType;

/**
 * The inline caches of one code object run with one globals dict (CPython 3.11's specialising
 * interpreter, PEP 659, is the model). Indexed by code unit. A LOAD_GLOBAL entry remembers the
 * entry slot of the name in the globals (or builtins) dict, valid while the dict's key set is
 * unchanged ({@link PyDict#version()}); a LOAD_ATTR/LOAD_METHOD entry remembers what the type's
 * MRO gave for the name, valid while the type's version is unchanged. The global entries belong
 * to one globals dict; the attribute entries depend on types alone, so every function made
 * from the same code shares them (they live with the code's {@link Instructions}).
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

    /**
     * The instructions decoded once ({@link org.minipy.code.Decoder}): the loop neither
     * reassembles arguments nor adds offsets: a jump is {@code ip = arg}, and no address
     * arithmetic is shared between the cases of its switch (C2 hoists an expression used by
     * several cases above the dispatch, onto every instruction's path).
     */
    final int[] ops;

    /*
     * Superinstructions: an instruction whose successor it performs as well, so the pair costs
     * one dispatch (CPython 3.11 has the same LOAD_FAST__LOAD_FAST family). They exist only in
     * {@link #fused}, never in co_code: the first instruction's opcode byte is replaced and the
     * second's word is left as it was, so a jump to the second still runs it alone. The fused
     * case reads the second argument from the next word and steps ip past it before the second
     * half can raise, so ip - 1 is the instruction at fault as everywhere else.
     */
    /** LOAD_FAST a; LOAD_FAST b. */
    static final int LOAD_FAST__LOAD_FAST = 230;
    /** LOAD_FAST a; LOAD_CONST c. */
    static final int LOAD_FAST__LOAD_CONST = 231;
    /** LOAD_CONST c; LOAD_FAST b. */
    static final int LOAD_CONST__LOAD_FAST = 232;
    /** STORE_FAST a; LOAD_FAST b. */
    static final int STORE_FAST__LOAD_FAST = 233;
    /** LOAD_CONST c; BINARY_OP op: {@code x -- x op c}. */
    static final int LOAD_CONST__BINARY_OP = 234;
    /** COMPARE_OP op; POP_JUMP_(FORWARD|BACKWARD)_IF_(TRUE|FALSE) target. */
    static final int COMPARE_OP__JUMP = 235;
    /** LOAD_FAST a; LOAD_ATTR name. */
    static final int LOAD_FAST__LOAD_ATTR = 237;
    /** LOAD_FAST a; LOAD_METHOD name. */
    static final int LOAD_FAST__LOAD_METHOD = 238;

    /**
     * Where the loop starts a fresh frame when it runs {@link #fused}: past the RESUME that
     * begins a code object, which does nothing here (one dispatch less per call).
     */
    final int entry;

    /** {@link #ops} with superinstructions: what the loop runs unless an instruction tracer wants every instruction. */
    final int[] fused;

    private static int[] fuse(int[] ops) {
        int[] out = ops.clone();
        for (int u = 0; u + 1 < ops.length; u++) {
            int a = ops[u] & 0xff, b = ops[u + 1] & 0xff;
            int f = -1;
            if (a == Opcode.LOAD_FAST) {
                f = b == Opcode.LOAD_FAST ? LOAD_FAST__LOAD_FAST : b == Opcode.LOAD_CONST ? LOAD_FAST__LOAD_CONST
                        : b == Opcode.LOAD_ATTR ? LOAD_FAST__LOAD_ATTR : b == Opcode.LOAD_METHOD ? LOAD_FAST__LOAD_METHOD
                        : -1;
            } else if (a == Opcode.LOAD_CONST) {
                f = b == Opcode.LOAD_FAST ? LOAD_CONST__LOAD_FAST : b == Opcode.BINARY_OP ? LOAD_CONST__BINARY_OP : -1;
            } else if (a == Opcode.STORE_FAST) {
                f = b == Opcode.LOAD_FAST ? STORE_FAST__LOAD_FAST : -1;
            } else if (a == Opcode.COMPARE_OP) {
                if (b == Opcode.POP_JUMP_FORWARD_IF_FALSE || b == Opcode.POP_JUMP_BACKWARD_IF_FALSE
                        || b == Opcode.POP_JUMP_FORWARD_IF_TRUE || b == Opcode.POP_JUMP_BACKWARD_IF_TRUE) {
                    f = COMPARE_OP__JUMP;
                }
            }
            if (f >= 0) {
                out[u] = (ops[u] & ~0xff) | f;
            }
        }
        return out;
    }

    /**
     * The decoded instructions of one code object ({@link #ops}, {@link #fused}, {@link #entry}).
     * They depend on co_code alone and never change, so the caches of every function made from
     * the same code share one copy (see {@link InterpreterState#instructions}): a module body run
     * many times makes new functions each time, and decoding them again was a tenth of its time.
     */
    static final class Instructions {
        final int[] ops;
        final int[] fused;
        final int entry;
        /** Runs so far in the eval loop (calls, and stints of a few hundred backward jumps), for {@link Tier2}. */
        int runs;
        /** {@link Tier2} tried to compile the code and could not (too large for HotSpot). */
        boolean uncompilable;
        /** The code's compiled class once {@link Tier2} made it, else null. */
        CompiledCode compiled;
        /**
         * The attribute caches the code's functions share, while any of them is alive. Held
         * weakly: the cached descriptors lead to functions and so to this code, the key that
         * must stay weak in the interpreter's map of decoded code.
         */
        private java.lang.ref.WeakReference<AttributeCaches> attributes;

        Instructions(Code code) {
            ops = org.minipy.code.Decoder.decode(code);
            int n = ops.length;
            fused = fuse(ops);
            entry = n > 0 && ops[0] == Opcode.RESUME ? 1 : 0;
        }

        /** The attribute caches of this code's functions (new ones if none is alive). */
        AttributeCaches attributeCaches() {
            AttributeCaches a = attributes == null ? null : attributes.get();
            if (a == null) {
                a = new AttributeCaches(ops.length);
                attributes = new java.lang.ref.WeakReference<>(a);
            }
            return a;
        }
    }

    /** The LOAD_ATTR/LOAD_METHOD/STORE_ATTR caches of one code object (see {@link CodeCache#attrType}). */
    static final class AttributeCaches {
        final PyType[] attrType;
        final int[] attrVersion;
        final PyObject[] attrDescr;
        final int[] dictSlot;

        AttributeCaches(int n) {
            attrType = new PyType[n * WAYS];
            attrVersion = new int[n * WAYS];
            attrDescr = new PyObject[n * WAYS];
            dictSlot = new int[n];
        }
    }

    /** The decoded instructions this cache belongs to (shared by the code's functions). */
    final Instructions instructions;
    /** Keeps the shared attribute caches alive while this cache is (see {@link Instructions#attributeCaches}). */
    private final AttributeCaches attributes;

    CodeCache(Code code, Instructions ins) {
        int n = code.co_code.length / 2;
        instructions = ins;
        ops = ins.ops;
        fused = ins.fused;
        entry = ins.entry;
        globalsVersion = new int[n];
        builtinsVersion = new int[n];
        slot = new int[n];
        java.util.Arrays.fill(slot, -1);
        // a module body run many times makes new functions each time: one set of attribute caches
        AttributeCaches a = ins.attributeCaches();
        attributes = a;
        attrType = a.attrType;
        attrVersion = a.attrVersion;
        attrDescr = a.attrDescr;
        dictSlot = a.dictSlot;
    }
}
