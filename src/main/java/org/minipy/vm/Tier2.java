package org.minipy.vm;

import org.minipy.code.Code;
import org.minipy.jit.FunctionCompiler;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * When code objects leave the eval loop for compiled classes of their own (the second tier).
 * Each code object counts its runs: every call, and every few hundred backward jumps of a
 * frame that loops in the eval loop. When the count passes the interpreter's threshold, the
 * code is compiled by {@link FunctionCompiler} and defined as a hidden class in this package;
 * from then on {@link Eval#execute} runs its frames there (frames already running move over
 * at their next backward jump). Code that cannot be compiled stays in the loop for good.
 *
 * <p>The threshold comes from the system property {@code minipy.jit}: a number of runs, or
 * {@code off}. Tracing (the {@code --trace} view) always runs the loop, which reports every
 * instruction.
 */
final class Tier2 {
    /** Runs before a code object is compiled, unless {@code -Dminipy.jit} says otherwise. */
    static final int DEFAULT_THRESHOLD = 100;

    /** The threshold this interpreter uses, or -1 when compilation is off. */
    final int threshold;

    Tier2(int threshold) {
        this.threshold = threshold;
    }

    /** The threshold that the {@code minipy.jit} system property gives. */
    static int thresholdFromProperty() {
        String p = System.getProperty("minipy.jit");
        if (p == null || p.isEmpty()) {
            return DEFAULT_THRESHOLD;
        }
        if (p.equals("off")) {
            return -1;
        }
        try {
            return Math.max(0, Integer.parseInt(p));
        } catch (NumberFormatException e) {
            return DEFAULT_THRESHOLD;
        }
    }

    /** The compiled form of the code running in {@code f}, or null to run it in the loop. */
    static CompiledCode forFrame(ThreadState ts, PyFrame f) {
        CodeCache.Instructions ins = f.cache.instructions;
        CompiledCode cc = ins.compiled;
        if (cc == null) {
            Tier2 t = ts.interp.tier2;
            if (t.threshold < 0 || ins.uncompilable || ++ins.runs <= t.threshold) {
                return null;
            }
            cc = t.compile(f.code, ins);
        }
        return ts.interp.tracer == null ? cc : null;
    }

    private CompiledCode compile(Code code, CodeCache.Instructions ins) {
        ins.uncompilable = true; // until it works: whatever happens, try once
        byte[] bytes = FunctionCompiler.compile(code, ins.ops, "org/minipy/vm/Compiled$" + javaName(code.co_name));
        if (bytes == null) {
            return null;
        }
        try {
            MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(bytes, true);
            CompiledCode cc = (CompiledCode) hidden.findConstructor(hidden.lookupClass(),
                    MethodType.methodType(void.class)).invoke();
            ins.compiled = cc;
            ins.uncompilable = false;
            return cc;
        } catch (Throwable e) {
            throw new IllegalStateException("the compiled class of " + code.co_name + " was refused", e);
        }
    }

    /** A code object's name as a part of a class name (for profilers and stack traces). */
    private static String javaName(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(Character.isJavaIdentifierPart(c) ? c : '_');
        }
        return b.toString();
    }
}
