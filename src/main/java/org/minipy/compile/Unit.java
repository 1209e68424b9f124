package org.minipy.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minipy.objects.PyBool;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;

/**
 * The compiler's state for one code object being built (CPython's {@code compiler_unit}): its
 * symbol-table block, constants, names, variables, the blocks of its control-flow graph and the
 * stack of active loops / try blocks.
 */
final class Unit {
    enum Kind { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

    final Kind kind;
    final Scope ste;
    final String name;
    final String qualname;
    final int firstlineno;
    String privateName;

    final List<PyObject> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new LinkedHashMap<>();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final List<String> cellvars = new ArrayList<>();
    final List<String> freevars = new ArrayList<>();
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;

    final Block entry;
    Block cur;
    private int nextBlockId;
    final Deque<FBlock> fblocks = new ArrayDeque<>();
    /**
     * Location given to emitted instructions (cf. u_lineno, u_end_lineno, u_col_offset,
     * u_end_col_offset; columns in UTF-8 bytes); line -1 marks them artificial.
     */
    int line;
    int endLine;
    int col;
    int endCol;

    Unit(Kind kind, Scope ste, String name, String qualname, int firstlineno, String privateName) {
        this.kind = kind;
        this.ste = ste;
        this.name = name;
        this.qualname = qualname;
        this.firstlineno = firstlineno;
        this.privateName = privateName;
        this.entry = newBlock();
        this.cur = entry;
        this.line = firstlineno;
        this.endLine = firstlineno;
        for (String v : ste.varnames) {
            varnames.putIfAbsent(v, varnames.size());
        }
    }

    Block newBlock() {
        return new Block(nextBlockId++);
    }

    int addConst(PyObject value) {
        Object key = constKey(value);
        Integer i = constIndex.get(key);
        if (i == null) {
            i = consts.size();
            consts.add(value);
            constIndex.put(key, i);
        }
        return i;
    }

    static int indexOf(Map<String, Integer> map, String name) {
        Integer i = map.get(name);
        if (i == null) {
            i = map.size();
            map.put(name, i);
        }
        return i;
    }

    /**
     * The identity of a constant for de-duplication: type and value, so that 1, 1.0 and True
     * stay distinct, as do 0.0 and -0.0 (cf. CPython's _PyCode_ConstantKey).
     */
    static Object constKey(PyObject o) {
        if (o instanceof PyBool b) {
            return List.of(PyBool.class, b == PyBool.True);
        } else if (o instanceof PyInt i) {
            return List.of(PyInt.class, i.isBig() ? i.bigValue() : (Object) i.value);
        } else if (o instanceof PyFloat f) {
            return List.of(PyFloat.class, Double.doubleToRawLongBits(f.value));
        } else if (o instanceof PyStr s) {
            return List.of(PyStr.class, s.value());
        } else if (o instanceof PyBytes b) {
            return List.of(PyBytes.class, java.nio.ByteBuffer.wrap(b.data()));
        } else if (o instanceof PyTuple t) {
            List<Object> key = new ArrayList<>();
            key.add(PyTuple.class);
            for (PyObject x : t.items()) {
                key.add(constKey(x));
            }
            return key;
        }
        return o; // None, Ellipsis, code objects: by identity
    }

    /** The current location, to restore after compiling a sub-node. */
    record Loc(int line, int endLine, int col, int endCol) {
    }

    Loc saveLoc() {
        return new Loc(line, endLine, col, endCol);
    }

    void restoreLoc(Loc l) {
        line = l.line();
        endLine = l.endLine();
        col = l.col();
        endCol = l.endCol();
    }
}
