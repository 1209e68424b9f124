package org.minipy.code;

/**
 * co_code decoded once for execution: {@code opcode | arg << 8} per code unit, where arg is
 * the whole argument (the EXTENDED_ARG prefixes folded in; the prefixes stay in place, holding
 * their own byte) and, for a jump, the code-unit index of its target rather than the relative
 * distance. The eval loop and the second tier both run this form: a jump is {@code ip = arg}.
 */
public final class Decoder {
    private Decoder() {
    }

    public static int[] decode(Code code) {
        byte[] co = code.co_code;
        int n = co.length / 2;
        int[] ops = new int[n];
        int ext = 0;
        for (int u = 0; u < n; u++) {
            int op = co[2 * u] & 0xff;
            int arg = ext | (co[2 * u + 1] & 0xff);
            if (op == Opcode.EXTENDED_ARG) {
                ops[u] = op | (co[2 * u + 1] & 0xff) << 8;
                ext = arg << 8;
                continue;
            }
            ext = 0;
            Opcode.Info info = Opcode.info(op);
            if (info != null && info.kind() == Opcode.ArgKind.JUMP_FORWARD) {
                arg = u + 1 + arg;
            } else if (info != null && info.kind() == Opcode.ArgKind.JUMP_BACKWARD) {
                arg = u + 1 - arg;
            }
            if (arg >>> 24 != 0) {
                throw new IllegalStateException("instruction argument too large for the eval loop: " + arg);
            }
            ops[u] = op | arg << 8;
        }
        return ops;
    }
}
