package org.minipy.cli;

import java.io.PrintStream;
import java.util.IdentityHashMap;
import java.util.Map;
import org.minipy.code.Code;
import org.minipy.code.Disassembler;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyObject;
import org.minipy.vm.InterpreterState;
import org.minipy.vm.PyFrame;

/**
 * {@code --trace}: prints every instruction before it executes, with the code object's name,
 * the source line, the instruction as {@code dis} shows it and the value stack (bottom first).
 * Objects of Python classes are shown as {@code <Name object>} so that tracing never runs Python
 * code of its own, code objects as {@code <code object name>}; other reprs are cut at {@value #MAX_REPR} characters.
 */
final class InstructionTracer implements InterpreterState.Tracer {
    private static final int MAX_REPR = 40;
    /** " at 0x7f..." in default reprs: left out so that traces are the same on every run. */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(" at 0x[0-9a-f]+");

    private final PrintStream out;
    private final Map<Code, Disassembler.Instruction[]> decoded = new IdentityHashMap<>();
    /** True while a repr runs: frames it starts are not traced. */
    private boolean inside;

    private final InterpreterState state;

    InstructionTracer(PrintStream out, InterpreterState state) {
        this.out = out;
        this.state = state;
    }

    @Override
    public void instruction(PyFrame frame, int offset, PyObject[] stack, int sp) {
        if (inside) {
            return;
        }
        inside = true;
        try {
            Code code = frame.code;
            Disassembler.Instruction in = decode(code)[offset >> 1];
            StringBuilder sb = new StringBuilder();
            int line = offset >> 1 < code.lineTable.length ? code.lineTable[offset >> 1] : -1;
            sb.append(String.format("%-12s %4s %4d %-20s", code.co_qualname + ":", line < 0 ? "" : String.valueOf(line),
                    offset, in == null ? "?" : in.opname()));
            if (in != null && in.arg() >= 0) {
                String arg = String.valueOf(in.arg());
                if (!in.argrepr().isEmpty()) {
                    arg += " (" + ADDRESS.matcher(in.argrepr()).replaceAll("") + ")";
                }
                sb.append(String.format(" %-18s", arg));
            } else {
                sb.append(String.format(" %-18s", ""));
            }
            sb.append(" [");
            for (int i = 0; i < sp; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(show(stack[i]));
            }
            sb.append(']');
            state.flushStdQuietly();  // the program's own output stays between the instructions that print it
            out.println(sb.toString().stripTrailing());
        } finally {
            inside = false;
        }
    }

    private Disassembler.Instruction[] decode(Code code) {
        return decoded.computeIfAbsent(code, c -> {
            Disassembler.Instruction[] byUnit = new Disassembler.Instruction[c.co_code.length >> 1];
            for (Disassembler.Instruction i : Disassembler.instructions(c)) {
                byUnit[i.offset() >> 1] = i;
            }
            return byUnit;
        });
    }

    private static String show(PyObject o) {
        if (o == null) {
            return "NULL";
        }
        if (o.getType().isHeap()) {
            return "<" + o.getType().getName() + " object>";
        }
        if (o instanceof Code c) {
            // its file is the script's absolute path: too long for the stack column
            return "<code object " + c.co_name + ">";
        }
        String r;
        try {
            r = Abstract.repr(o).value();
        } catch (RuntimeException e) {
            r = "<" + o.getType().getName() + " object>";
        }
        r = ADDRESS.matcher(r).replaceAll("");
        return r.length() > MAX_REPR ? r.substring(0, MAX_REPR - 3) + "..." : r;
    }
}
