package org.minipy.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * HotSpot does not JIT-compile a method with more than 8000 bytes of bytecode; the eval loop
 * must stay under that. Reads the loop's bytecode with javap.
 */
class EvalLoopSizeTest {
    @Test
    void evalLoopIsCompilable() throws Exception {
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        StringWriter out = new StringWriter();
        String classes = Path.of(Eval.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        javap.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-c", "-p", "-classpath", classes,
                Eval.class.getName());
        int last = -1;
        boolean inLoop = false;
        for (String line : out.toString().split("\n")) {
            if (line.startsWith("  ") && !line.startsWith("   ") && line.contains("(")) {
                inLoop = line.contains(" loop(");
                continue;
            }
            String t = line.trim();
            int colon = t.indexOf(':');
            if (inLoop && colon > 0 && t.substring(0, colon).chars().allMatch(Character::isDigit)) {
                last = Integer.parseInt(t.substring(0, colon));
            }
        }
        assertTrue(last > 0, "loop method not found");
        assertTrue(last < 8000, "Eval.loop has " + last + " bytes of bytecode; HotSpot stops at 8000");
    }
}
