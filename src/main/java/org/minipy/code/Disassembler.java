package org.minipy.code;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.minipy.objects.Abstract;
import org.minipy.objects.BinaryOps;
import org.minipy.objects.CompareOp;
import org.minipy.objects.PyObject;

/**
 * Prints code objects as CPython 3.11's {@code dis.dis} does (line column, jump-target marker,
 * offset in bytes, opcode name, argument and its meaning, then the exception table and the
 * nested code objects), and lists their instructions as {@code dis.get_instructions} does.
 * Offsets are 2 bytes per code unit; minipy has no inline caches, so they are smaller than
 * CPython's for the same instructions.
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;
    private static final String[] MAKE_FUNCTION_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};
    private static final String[] FORMAT_CONVERTERS = {"", "str", "repr", "ascii"};

    private Disassembler() {
    }

    /**
     * One decoded instruction (cf. dis.Instruction). arg is -1 for an instruction without
     * argument; offset is in bytes; startsLine is null unless a new source line starts here.
     */
    public record Instruction(String opname, int opcode, int arg, Object argval, String argrepr, int offset,
                              Integer startsLine, boolean isJumpTarget) {
    }

    /** The offsets (in bytes) where source lines start, with their lines (cf. dis.findlinestarts). */
    private static java.util.Map<Integer, Integer> lineStarts(Code code) {
        java.util.Map<Integer, Integer> starts = new java.util.LinkedHashMap<>();
        Integer last = null;
        for (int unit = 0; unit < code.lineTable.length; unit++) {
            int line = code.lineTable[unit];
            if (line >= 0 && (last == null || line != last)) {
                last = line;
                starts.put(unit * 2, line);
            }
        }
        return starts;
    }

    private static TreeSet<Integer> jumpTargets(Code code) {
        TreeSet<Integer> labels = new TreeSet<>();
        byte[] c = code.co_code;
        int ext = 0;
        for (int off = 0; off < c.length; off += 2) {
            int op = c[off] & 0xff;
            int arg = (c[off + 1] & 0xff) | ext;
            ext = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
            Opcode.Info info = Opcode.info(op);
            if (info != null && info.isJump()) {
                labels.add(jumpTarget(info, off, arg));
            }
        }
        int[] t = code.exceptionTable;
        for (int i = 0; i + 4 < t.length; i += 5) {
            labels.add(t[i + 2] * 2);
        }
        return labels;
    }

    private static int jumpTarget(Opcode.Info info, int offset, int arg) {
        int signed = info.kind() == Opcode.ArgKind.JUMP_BACKWARD ? -arg : arg;
        return offset + 2 + signed * 2;
    }

    /** The instructions of a code object (cf. dis.get_instructions). */
    public static List<Instruction> instructions(Code code) {
        List<Instruction> out = new ArrayList<>();
        java.util.Map<Integer, Integer> starts = lineStarts(code);
        TreeSet<Integer> labels = jumpTargets(code);
        byte[] c = code.co_code;
        int ext = 0;
        for (int off = 0; off < c.length; off += 2) {
            int op = c[off] & 0xff;
            int arg = (c[off + 1] & 0xff) | ext;
            ext = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
            Opcode.Info info = Opcode.info(op);
            String name = info == null ? "<" + op + ">" : info.name();
            Object argval = null;
            String argrepr = "";
            if (op < Opcode.HAVE_ARGUMENT) {
                out.add(new Instruction(name, op, -1, null, "", off, starts.get(off), labels.contains(off)));
                continue;
            }
            argval = arg;
            if (info != null && op != Opcode.KW_NAMES) {
                switch (info.kind()) {
                    case CONST:
                        if (arg < code.co_consts.length) {
                            PyObject k = code.co_consts[arg];
                            argval = k;
                            argrepr = Abstract.repr(k).value();
                        }
                        break;
                    case NAME:
                        if (arg < code.co_names.length) {
                            argval = code.co_names[arg];
                            argrepr = code.co_names[arg];
                        }
                        break;
                    case GLOBAL:
                        if ((arg >> 1) < code.co_names.length) {
                            argval = code.co_names[arg >> 1];
                            argrepr = ((arg & 1) != 0 ? "NULL + " : "") + code.co_names[arg >> 1];
                        }
                        break;
                    case LOCAL:
                        if (arg < code.localsplusNames.length) {
                            argval = code.localsplusNames[arg];
                            argrepr = code.localsplusNames[arg];
                        }
                        break;
                    case JUMP_FORWARD:
                    case JUMP_BACKWARD: {
                        int target = jumpTarget(info, off, arg);
                        argval = target;
                        argrepr = "to " + target;
                        break;
                    }
                    case COMPARE:
                        if (arg < CompareOp.values().length) {
                            argval = CompareOp.of(arg).symbol;
                            argrepr = CompareOp.of(arg).symbol;
                        }
                        break;
                    case BINARY:
                        if (arg < 2 * BinaryOps.INPLACE) {
                            argrepr = BinaryOps.symbol(arg);
                        }
                        break;
                    default:
                        if (op == Opcode.MAKE_FUNCTION) {
                            List<String> flags = new ArrayList<>();
                            for (int i = 0; i < MAKE_FUNCTION_FLAGS.length; i++) {
                                if ((arg & (1 << i)) != 0) {
                                    flags.add(MAKE_FUNCTION_FLAGS[i]);
                                }
                            }
                            argrepr = String.join(", ", flags);
                        } else if (op == Opcode.FORMAT_VALUE) {
                            argrepr = FORMAT_CONVERTERS[arg & 3];
                            if ((arg & 4) != 0) {
                                argrepr += (argrepr.isEmpty() ? "" : ", ") + "with format";
                            }
                        }
                        break;
                }
            }
            out.add(new Instruction(name, op, arg, argval, argrepr, off, starts.get(off), labels.contains(off)));
        }
        return out;
    }

    /** The disassembly of one code object, without nested code objects (cf. dis.disassemble). */
    public static String disassemble(Code code) {
        return disassemble(code, -1);
    }

    /**
     * As {@link #disassemble(Code)}, with {@code -->} before the instruction at byte offset
     * {@code lasti} (cf. dis.disassemble(co, lasti), as distb shows where an exception was raised).
     */
    public static String disassemble(Code code, int lasti) {
        StringBuilder sb = new StringBuilder();
        java.util.Map<Integer, Integer> starts = lineStarts(code);
        int lineWidth = 0;
        if (!starts.isEmpty()) {
            int max = starts.values().stream().max(Integer::compare).orElse(0);
            lineWidth = max >= 1000 ? String.valueOf(max).length() : 3;
        }
        int maxOffset = code.co_code.length - 2;
        int offsetWidth = maxOffset >= 10000 ? String.valueOf(maxOffset).length() : 4;
        for (Instruction in : instructions(code)) {
            if (lineWidth > 0 && in.startsLine() != null && in.offset() > 0) {
                sb.append('\n');
            }
            StringBuilder line = new StringBuilder();
            if (lineWidth > 0) {
                line.append(in.startsLine() != null ? pad(String.valueOf(in.startsLine()), lineWidth)
                        : " ".repeat(lineWidth));
                line.append(' ');
            }
            line.append(in.offset() == lasti ? "-->" : "   ").append(' ');
            line.append(in.isJumpTarget() ? ">>" : "  ").append(' ');
            line.append(pad(String.valueOf(in.offset()), offsetWidth)).append(' ');
            line.append(padRight(in.opname(), OPNAME_WIDTH));
            if (in.arg() >= 0) {
                line.append(' ').append(pad(String.valueOf(in.arg()), OPARG_WIDTH));
                if (!in.argrepr().isEmpty()) {
                    line.append(" (").append(in.argrepr()).append(')');
                }
            }
            sb.append(stripTrailing(line.toString())).append('\n');
        }
        int[] t = code.exceptionTable;
        if (t.length > 0) {
            sb.append("ExceptionTable:\n");
            for (int i = 0; i + 4 < t.length; i += 5) {
                sb.append("  ").append(t[i] * 2).append(" to ").append((t[i + 1] - 1) * 2).append(" -> ")
                        .append(t[i + 2] * 2).append(" [").append(t[i + 3]).append(']')
                        .append(t[i + 4] != 0 ? " lasti" : "").append('\n');
            }
        }
        return sb.toString();
    }

    /** The disassembly of a code object and, recursively, of the code objects among its constants. */
    public static String dis(Code code) {
        StringBuilder sb = new StringBuilder(disassemble(code));
        for (PyObject k : code.co_consts) {
            if (k instanceof Code nested) {
                sb.append('\n');
                sb.append("Disassembly of ").append(Abstract.repr(nested).value()).append(":\n");
                sb.append(dis(nested));
            }
        }
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static String padRight(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
