package org.minipy.code;

import org.minipy.objects.Abstract;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;
import org.minipy.objects.PyType;

/**
 * A code object: the compiler's output and the VM's input, immutable. Field names follow
 * CPython's {@code co_*} attributes.
 *
 * <p>{@link #co_code} is CPython's layout: pairs of bytes (opcode, argument). The variables of a
 * frame live in one "localsplus" array, as in CPython 3.11: {@link #localsplusNames} with a
 * {@link #localsplusKinds} flag per slot (a parameter that is also a cell is both LOCAL and
 * CELL); co_varnames, co_cellvars and co_freevars are derived from it.
 *
 * <p>{@link #lineTable} gives the source line of every code unit (-1 for none), and
 * {@link #positions} four ints per code unit: line, end line, start and end column (UTF-8 byte
 * offsets), -1 for none, as CPython's {@code co_positions()}. The exception
 * table holds entries of five ints: start and end (code units, end exclusive), handler target,
 * stack depth to restore, and whether to push the offset of the raising instruction (lasti).
 */
public final class Code extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", Code.class);

    static {
        TYPE.def("co_lines", (args, kw) -> Abstract.iter(((Code) args[0]).coLines()));
        TYPE.def("co_positions", (args, kw) -> Abstract.iter(((Code) args[0]).coPositions()));
    }

    public static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4,
            CO_VARKEYWORDS = 0x8, CO_NESTED = 0x10, CO_GENERATOR = 0x20;

    /** localsplus kinds, as CPython 3.11's CO_FAST_* flags. */
    public static final byte KIND_LOCAL = 0x20, KIND_CELL = 0x40, KIND_FREE = (byte) 0x80;

    public final int co_argcount;
    public final int co_posonlyargcount;
    public final int co_kwonlyargcount;
    public final int co_flags;
    public final int co_stacksize;
    public final byte[] co_code;
    public final PyObject[] co_consts;
    public final String[] co_names;
    public final String[] localsplusNames;
    public final byte[] localsplusKinds;
    public final String co_filename;
    public final String co_name;
    public final String co_qualname;
    public final int co_firstlineno;
    public final int[] lineTable;
    /** (line, endLine, col, endCol) per code unit; -1 for none. */
    public final int[] positions;
    public final int[] exceptionTable;

    // derived
    public final String[] co_varnames;
    public final String[] co_cellvars;
    public final String[] co_freevars;
    public final int co_nlocals;

    public Code(int argcount, int posonlyargcount, int kwonlyargcount, int flags, int stacksize,
                byte[] code, PyObject[] consts, String[] names, String[] localsplusNames,
                byte[] localsplusKinds, String filename, String name, String qualname,
                int firstlineno, int[] lineTable, int[] exceptionTable) {
        this(argcount, posonlyargcount, kwonlyargcount, flags, stacksize, code, consts, names, localsplusNames,
                localsplusKinds, filename, name, qualname, firstlineno, lineTable, linesOnly(lineTable),
                exceptionTable);
    }

    public Code(int argcount, int posonlyargcount, int kwonlyargcount, int flags, int stacksize,
                byte[] code, PyObject[] consts, String[] names, String[] localsplusNames,
                byte[] localsplusKinds, String filename, String name, String qualname,
                int firstlineno, int[] lineTable, int[] positions, int[] exceptionTable) {
        this.co_argcount = argcount;
        this.co_posonlyargcount = posonlyargcount;
        this.co_kwonlyargcount = kwonlyargcount;
        this.co_flags = flags;
        this.co_stacksize = stacksize;
        this.co_code = code;
        this.co_consts = consts;
        this.co_names = names;
        this.localsplusNames = localsplusNames;
        this.localsplusKinds = localsplusKinds;
        this.co_filename = filename;
        this.co_name = name;
        this.co_qualname = qualname;
        this.co_firstlineno = firstlineno;
        this.lineTable = lineTable;
        this.positions = positions;
        this.exceptionTable = exceptionTable;
        this.co_varnames = namesOfKind(KIND_LOCAL);
        this.co_cellvars = namesOfKind(KIND_CELL);
        this.co_freevars = namesOfKind(KIND_FREE);
        this.co_nlocals = co_varnames.length;
    }

    private String[] namesOfKind(byte kind) {
        int n = 0;
        for (byte k : localsplusKinds) {
            if ((k & kind) != 0) {
                n++;
            }
        }
        String[] out = new String[n];
        n = 0;
        for (int i = 0; i < localsplusKinds.length; i++) {
            if ((localsplusKinds[i] & kind) != 0) {
                out[n++] = localsplusNames[i];
            }
        }
        return out;
    }

    /** Positions without columns: (line, line, -1, -1) per code unit. */
    private static int[] linesOnly(int[] lineTable) {
        int[] out = new int[4 * lineTable.length];
        for (int u = 0; u < lineTable.length; u++) {
            int l = lineTable[u];
            out[4 * u] = l;
            out[4 * u + 1] = l;
            out[4 * u + 2] = -1;
            out[4 * u + 3] = -1;
        }
        return out;
    }

    /** Number of slots in a frame's localsplus array. */
    public int nlocalsplus() {
        return localsplusNames.length;
    }

    /** The source line of the instruction at code unit {@code unit} (-1 if none). */
    public int lineOf(int unit) {
        return unit >= 0 && unit < lineTable.length ? lineTable[unit] : -1;
    }

    /**
     * {@code co_lines()}: (start, end, line) for each instruction, in bytes, an EXTENDED_ARG
     * prefix counted with its instruction; line None where an instruction has none. (CPython
     * 3.11 gives one range per location-table entry, which is one per instruction in ordinary
     * code; it also counts its inline caches, which minipy does not have.)
     */
    public PyList coLines() {
        PyList out = new PyList();
        int units = co_code.length / 2;
        int start = 0;
        for (int u = 0; u < units; u++) {
            if ((co_code[2 * u] & 0xff) == Opcode.EXTENDED_ARG && u + 1 < units) {
                continue;
            }
            int line = lineOf(u);
            out.append(PyTuple.of(PyInt.of(2L * start), PyInt.of(2L * (u + 1)),
                    line < 0 ? PyNone.None : PyInt.of(line)));
            start = u + 1;
        }
        return out;
    }

    /** Field k (0 line, 1 end line, 2 column, 3 end column) of the position of code unit unit, or -1. */
    public int positionOf(int unit, int k) {
        return unit >= 0 && 4 * unit + k < positions.length ? positions[4 * unit + k] : -1;
    }

    /**
     * {@code co_positions()}: a (line, end line, column, end column) tuple per code unit, None
     * where absent. CPython 3.11 also yields one for each inline CACHE entry after an
     * instruction (repeating its position); minipy has no caches, so an instruction with an
     * argument that fits one byte yields exactly one tuple.
     */
    public PyList coPositions() {
        PyList out = new PyList();
        int units = co_code.length / 2;
        for (int u = 0; u < units; u++) {
            PyObject[] t = new PyObject[4];
            for (int k = 0; k < 4; k++) {
                int v = positionOf(u, k);
                t[k] = v < 0 ? PyNone.None : PyInt.of(v);
            }
            out.append(new PyTuple(t));
        }
        return out;
    }

    public boolean isGenerator() {
        return (co_flags & CO_GENERATOR) != 0;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static PyTuple strings(String[] names) {
        PyObject[] out = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = PyStr.of(names[i]);
        }
        return new PyTuple(out);
    }

    @Override
    public PyObject getAttribute(String name) {
        switch (name) {
            case "co_argcount": return PyInt.of(co_argcount);
            case "co_posonlyargcount": return PyInt.of(co_posonlyargcount);
            case "co_kwonlyargcount": return PyInt.of(co_kwonlyargcount);
            case "co_flags": return PyInt.of(co_flags);
            case "co_stacksize": return PyInt.of(co_stacksize);
            case "co_nlocals": return PyInt.of(co_nlocals);
            case "co_code": return PyBytes.of(co_code.clone());
            case "co_consts": return new PyTuple(co_consts.clone());
            case "co_names": return strings(co_names);
            case "co_varnames": return strings(co_varnames);
            case "co_cellvars": return strings(co_cellvars);
            case "co_freevars": return strings(co_freevars);
            case "co_filename": return PyStr.of(co_filename);
            case "co_name": return PyStr.of(co_name);
            case "co_qualname": return PyStr.of(co_qualname);
            case "co_firstlineno": return PyInt.of(co_firstlineno);
            default: return super.getAttribute(name);
        }
    }

    @Override
    public PyStr repr() {
        return PyStr.of("<code object " + co_name + " at " + org.minipy.objects.Abstract.addressOf(this)
                + ", file \"" + co_filename + "\", line " + co_firstlineno + ">");
    }

}
