package org.minipy.objects.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipy.Interpreter;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;
import org.minipy.objects.TypeState;

/**
 * {@code __subclasses__()} of built-in types: each interpreter sees only the classes it made
 * (built-in types are shared by the JVM), and a class nothing refers to disappears.
 */
class BuiltinSubclassesTest {
    private static final String NAMES = "[c.__name__ for c in int.__subclasses__()]";

    private static String eval(Interpreter py, String expr) {
        return Abstract.repr(py.eval(expr)).value();
    }

    @Test
    void twoInterpretersDoNotSeeEachOthersSubclasses() {
        try (Interpreter a = Interpreter.create(); Interpreter b = Interpreter.create()) {
            a.exec("class FromA(int): pass\nclass AList(list): pass");
            b.exec("class FromB(int): pass");
            assertEquals("['bool', 'FromA']", eval(a, NAMES));
            assertEquals("['bool', 'FromB']", eval(b, NAMES));
            assertEquals("[]", eval(b, "[c.__name__ for c in list.__subclasses__()]"));
            a.exec("X = type('X', (int,), {})");
            assertEquals("['bool', 'FromA', 'X']", eval(a, NAMES));
            assertEquals("['bool', 'FromB']", eval(b, NAMES));
        }
    }

    @Test
    void outsideAnyInterpreterOnlyBuiltinSubclassesAreListed() {
        assertNull(TypeState.current());
        assertEquals("[<class 'bool'>]", Abstract.repr(PyInt.TYPE.subclassList()).value());
    }

    @Test
    void enterAndLeaveNest() {
        TypeState outer = new TypeState();
        TypeState inner = new TypeState();
        TypeState prev = TypeState.enter(outer);
        try {
            TypeState prev2 = TypeState.enter(inner);
            assertEquals(inner, TypeState.current());
            TypeState.leave(prev2);
            assertEquals(outer, TypeState.current());
        } finally {
            TypeState.leave(prev);
        }
        assertNull(TypeState.current());
    }

    @Test
    void deadClassesDisappear() throws InterruptedException {
        TypeState state = new TypeState();
        PyType keep = heapType("Keep");
        state.addSubclass(PyInt.TYPE, keep);
        state.addSubclass(PyInt.TYPE, heapType("Dropped"));
        for (int i = 0; i < 100 && state.subclasses(PyInt.TYPE).size() > 1; i++) {
            System.gc();
            Thread.sleep(10);
        }
        List<PyType> live = state.subclasses(PyInt.TYPE);
        assertEquals(1, live.size());
        assertTrue(live.get(0) == keep);
    }

    private static PyType heapType(String name) {
        PyDict ns = new PyDict();
        ns.setItem("__module__", PyStr.of("test"));
        return PyType.newHeapType(name, new PyType[] {PyInt.TYPE}, ns);
    }

}
