package org.minipy.vm;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipy.Interpreter;
import org.minipy.code.Code;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyObject;

/**
 * Code objects die with the last thing that uses them, although the interpreter keeps what it
 * derived from each (decoded instructions, shared caches, compiled classes) in a map keyed by
 * the code: nothing kept there may lead back to the code (cached method lookups hold
 * functions, and a function holds its code).
 */
class CodeLifetimeTest {
    private static final String MODULE = String.join("\n",
            "class Shape:",
            "    def area(self): return 0",
            "    def twice(self): return 2 * self.area()",
            "class Square(Shape):",
            "    def __init__(self, s): self.s = s",
            "    def area(self): return self.s * self.s",
            "total = 0",
            "for i in range(300):",
            "    total += Square(i).twice()",
            "");

    @Test
    void codeRunManyTimesIsCollectedWhenUnused() throws Exception {
        try (Interpreter py = Interpreter.builder().compileThreshold(2).build()) {
            InterpreterState state = py.state();
            List<WeakReference<Code>> refs = runOnce(state);
            for (int i = 0; i < 50 && refs.stream().anyMatch(r -> r.get() != null); i++) {
                System.gc();
                Thread.sleep(10);
            }
            for (WeakReference<Code> r : refs) {
                Code c = r.get();
                assertNull(c, () -> "code " + c.co_name + " stayed reachable after its module finished");
            }
        }
    }

    /** Runs the module a few times; weak references to its code and every code nested in it. */
    private static List<WeakReference<Code>> runOnce(InterpreterState state) {
        Code code = state.compile(MODULE, "<lifetime>", "exec");
        for (int k = 0; k < 5; k++) {
            state.exec(code, new PyDict(), null);
        }
        List<WeakReference<Code>> refs = new ArrayList<>();
        collect(code, refs);
        return refs;
    }

    private static void collect(Code code, List<WeakReference<Code>> refs) {
        refs.add(new WeakReference<>(code));
        for (PyObject c : code.co_consts) {
            if (c instanceof Code inner) {
                collect(inner, refs);
            }
        }
    }
}
