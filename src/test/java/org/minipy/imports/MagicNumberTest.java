package org.minipy.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.minipy.code.Marshal;
import org.minipy.code.Opcode;

/**
 * Guards the bytecode cache's magic number: a hash of everything a cached code object depends
 * on (the opcode table: numbers, names, argument kinds, stack effects; the code object's
 * fields; the marshal format version). When this test fails, the instruction set or the code format changed: bump
 * {@link BytecodeCache#MAGIC_VERSION}, then put the new hash and version below.
 */
class MagicNumberTest {
    static final String EXPECTED_HASH = "4280597cbf0d5750e61040f82a906eb9de165fa3c72f3665d2dfd4f797c50607";
    static final int EXPECTED_MAGIC_VERSION = 11;

    static String formatHash() throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        StringBuilder sb = new StringBuilder("marshal ").append(Marshal.VERSION).append('\n');
        // the code object's layout: its public instance fields, in declaration order
        for (java.lang.reflect.Field f : org.minipy.code.Code.class.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (java.lang.reflect.Modifier.isPublic(mod) && !java.lang.reflect.Modifier.isStatic(mod)) {
                sb.append("code ").append(f.getName()).append(' ').append(f.getType().getSimpleName()).append('\n');
            }
        }
        for (Opcode.Info i : Opcode.all()) {
            sb.append(i.opcode()).append(' ').append(i.name()).append(' ').append(i.kind());
            for (int arg : new int[] {0, 1, 2, 3, 4, 8, 15, 255}) {
                sb.append(' ').append(i.effect().of(arg, false)).append('/').append(i.effect().of(arg, true));
            }
            sb.append('\n');
        }
        return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void opcodeTableAndMarshalFormatMatchTheMagicNumber() throws Exception {
        String h = formatHash();
        assertEquals(EXPECTED_HASH, h, "The opcode table or the marshal format changed, so cached .pyc files of "
                + "the old format must not be trusted: bump BytecodeCache.MAGIC_VERSION (now "
                + BytecodeCache.MAGIC_VERSION + "), then set EXPECTED_MAGIC_VERSION to it and EXPECTED_HASH to \""
                + h + "\" in MagicNumberTest.");
        assertEquals(EXPECTED_MAGIC_VERSION, BytecodeCache.MAGIC_VERSION,
                "MAGIC_VERSION changed without the format changing: update EXPECTED_MAGIC_VERSION too");
    }

    @Test
    void magicLayout() {
        byte[] m = BytecodeCache.magicNumber();
        assertEquals(4, m.length);
        assertEquals(BytecodeCache.MAGIC_VERSION, (m[0] & 0xFF) | (m[1] & 0xFF) << 8);
        assertEquals('\r', m[2]);
        assertEquals('\n', m[3]);
    }
}
