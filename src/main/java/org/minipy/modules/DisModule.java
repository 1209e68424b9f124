package org.minipy.modules;

import static org.minipy.modules.ModuleDefs.def;

import java.util.ArrayList;
import java.util.List;
import org.minipy.code.Code;
import org.minipy.code.Disassembler;
import org.minipy.code.Opcode;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;
import org.minipy.vm.PyTraceback;
import org.minipy.vm.Runtime;

/**
 * The {@code dis} module: {@code dis.dis(x)} for functions, methods, classes (each method),
 * code objects and source strings; {@code dis.get_instructions(x)}; {@code dis.opname} and
 * {@code dis.opmap}. Everything reads {@link Opcode}'s one declaration through
 * {@link Disassembler}.
 */
public final class DisModule {
    private DisModule() {
    }

    /** dis.Instruction: a named-tuple-like record of one instruction. */
    private static final PyType INSTRUCTION = PyStructSeq.newType("dis", "Instruction");
    private static final String[] FIELDS = {"opname", "opcode", "arg", "argval", "argrepr", "offset",
        "starts_line", "is_jump_target", "positions"};
    /** dis.Positions: an instruction's source range, as co_positions() gives it. */
    private static final PyType POSITIONS = PyStructSeq.newType("dis", "Positions");
    private static final String[] POSITION_FIELDS = {"lineno", "end_lineno", "col_offset", "end_col_offset"};

    public static PyModule create(Runtime rt) {
        PyModule m = new PyModule("dis");
        PyDict d = m.getDict();
        PyList opname = new PyList();
        PyDict opmap = new PyDict();
        for (int i = 0; i < 256; i++) {
            Opcode.Info info = Opcode.info(i);
            opname.append(PyStr.of(info == null ? "<" + i + ">" : info.name()));
            if (info != null) {
                opmap.setItem(info.name(), PyInt.of(i));
            }
        }
        d.setItem("opname", opname);
        d.setItem("opmap", opmap);
        d.setItem("HAVE_ARGUMENT", PyInt.of(Opcode.HAVE_ARGUMENT));
        d.setItem("Instruction", INSTRUCTION);
        d.setItem("Positions", POSITIONS);
        def(m, "dis", (a, kw) -> {
            PyObject file = keyword(a, kw, "file");
            if (a.length - (kw == null ? 0 : kw.length) == 0) {
                write(rt, file, lastTraceback(rt, null));
                return PyNone.None;
            }
            PyObject x = argument("dis", a, kw);
            write(rt, file, disText(rt, x));
            return PyNone.None;
        });
        def(m, "distb", (a, kw) -> {
            int npos = a.length - (kw == null ? 0 : kw.length);
            if (npos > 1) {
                throw PyErr.typeError("distb() takes from 0 to 1 positional arguments but %d were given", npos);
            }
            PyObject tb = npos == 1 && a[0] != PyNone.None ? a[0] : null;
            write(rt, keyword(a, kw, "file"), lastTraceback(rt, tb));
            return PyNone.None;
        });
        def(m, "disassemble", (a, kw) -> {
            PyObject x = argument("disassemble", a, kw);
            write(rt, keyword(a, kw, "file"), Disassembler.disassemble(codeOf(rt, x)));
            return PyNone.None;
        });
        def(m, "get_instructions", (a, kw) -> {
            PyObject x = argument("get_instructions", a, kw);
            PyList out = new PyList();
            Code code = codeOf(rt, x);
            for (Disassembler.Instruction in : Disassembler.instructions(code)) {
                out.append(instruction(code, in));
            }
            return Abstract.iter(out);
        });
        def(m, "stack_effect", (a, kw) -> {
            if (a.length < 1 || a.length > 2) {
                throw PyErr.typeError("stack_effect expected 1 or 2 arguments, got %d", a.length);
            }
            int op = Abstract.indexAsInt(a[0]);
            if (Opcode.info(op) == null) {
                throw PyErr.valueError("invalid opcode or oparg");
            }
            int arg = a.length > 1 && a[1] != PyNone.None ? Abstract.indexAsInt(a[1]) : 0;
            return PyInt.of(Opcode.stackEffect(op, arg, false));
        });
        return m;
    }

    /**
     * distb: the code of the innermost frame of {@code tb} (default sys.last_traceback), with
     * the instruction that raised marked.
     */
    private static String lastTraceback(Runtime rt, PyObject tb) {
        if (tb == null) {
            tb = rt.sys().getDict().getItem("last_traceback");
            if (tb == null || tb == PyNone.None) {
                throw PyErr.withArgs(PyExc.RuntimeError, PyStr.of("no last traceback to disassemble"));
            }
        }
        if (!(tb instanceof PyTraceback t)) {
            throw PyErr.typeError("distb() argument must be a traceback, not %s", tb.getType().getName());
        }
        while (t.next != null) {
            t = t.next;
        }
        return Disassembler.disassemble(t.frame.code, t.lasti * 2);
    }

    /** The one positional argument of dis(), disassemble(), get_instructions(). */
    private static PyObject argument(String fn, PyObject[] a, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        if (npos != 1) {
            throw PyErr.typeError("%s() takes exactly 1 positional argument (%d given)", fn, npos);
        }
        for (String k : kw == null ? new String[0] : kw) {
            if (!k.equals("file") && !k.equals("depth") && !k.equals("first_line") && !k.equals("show_caches")
                    && !k.equals("adaptive")) {
                throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", fn, k);
            }
        }
        return a[0];
    }

    private static PyObject keyword(PyObject[] a, String[] kw, String name) {
        if (kw == null) {
            return null;
        }
        int base = a.length - kw.length;
        for (int i = 0; i < kw.length; i++) {
            if (kw[i].equals(name)) {
                return a[base + i];
            }
        }
        return null;
    }

    private static void write(Runtime rt, PyObject file, String text) {
        PyObject f = file == null || file == PyNone.None ? rt.stdout() : file;
        Abstract.callMethod(f, "write", PyStr.of(text));
    }

    /** What dis.dis prints for x. */
    static String disText(Runtime rt, PyObject x) {
        if (x instanceof PyType t) {
            return classText(rt, t);
        }
        return Disassembler.dis(codeOf(rt, x));
    }

    /** A class: "Disassembly of name:" and the disassembly of each method, sorted by name. */
    private static String classText(Runtime rt, PyType t) {
        List<String> names = new ArrayList<>();
        PyObject dict = Abstract.getAttr(t, "__dict__");
        PyObject it = Abstract.iter(dict);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            if (k instanceof PyStr s) {
                names.add(s.value());
            }
        }
        names.sort(null);
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            PyObject v = Abstract.getItem(dict, PyStr.of(n));
            Code c = codeOrNull(v);
            if (c != null) {
                sb.append("Disassembly of ").append(n).append(":\n");
                sb.append(Disassembler.dis(c)).append('\n');
            }
        }
        return sb.toString();
    }

    private static Code codeOrNull(PyObject x) {
        if (x instanceof Code c) {
            return c;
        }
        for (String attr : new String[] {"__func__", "fget"}) {
            PyObject inner = Abstract.lookupAttr(x, attr);
            if (inner != null && inner != PyNone.None) {
                x = inner;
                break;
            }
        }
        PyObject code = Abstract.lookupAttr(x, "__code__");
        if (code == null) {
            code = Abstract.lookupAttr(x, "gi_code");
        }
        return code instanceof Code c ? c : null;
    }

    /** The code object behind a function, method, generator, code object or source string. */
    static Code codeOf(Runtime rt, PyObject x) {
        if (x instanceof PyStr s) {
            return rt.compile(s.value(), "<dis>", "exec");
        }
        Code c = codeOrNull(x);
        if (c == null) {
            throw PyErr.typeError("don't know how to disassemble %s objects", x.getType().getName());
        }
        return c;
    }

    private static PyObject instruction(Code code, Disassembler.Instruction in) {
        PyObject[] pos = new PyObject[4];
        for (int k = 0; k < 4; k++) {
            int v = code.positionOf(in.offset() / 2, k);
            pos[k] = v < 0 ? PyNone.None : PyInt.of(v);
        }
        return PyStructSeq.namedTuple(INSTRUCTION, FIELDS,
                PyStr.of(in.opname()),
                PyInt.of(in.opcode()),
                in.arg() < 0 ? PyNone.None : PyInt.of(in.arg()),
                toPython(in.argval()),
                PyStr.of(in.argrepr()),
                PyInt.of(in.offset()),
                in.startsLine() == null ? PyNone.None : PyInt.of(in.startsLine()),
                PyBool.of(in.isJumpTarget()),
                PyStructSeq.namedTuple(POSITIONS, POSITION_FIELDS, pos));
    }

    private static PyObject toPython(Object o) {
        if (o == null) {
            return PyNone.None;
        }
        if (o instanceof PyObject p) {
            return p;
        }
        if (o instanceof String s) {
            return PyStr.of(s);
        }
        if (o instanceof Integer i) {
            return PyInt.of(i);
        }
        return PyStr.of(o.toString());
    }
}
