package org.minipy.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minipy.builtins.FakeRuntime.error;

import org.junit.jupiter.api.Test;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyList;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyObject;

/** Seeded sequences of random must equal CPython 3.11's. */
class RandomModuleTest extends ModuleTestBase {
    private final PyModule m = module("random");

    private PyList range(int n) {
        PyObject[] xs = new PyObject[n];
        for (int k = 0; k < n; k++) {
            xs[k] = i(k);
        }
        return new PyList(xs);
    }

    @Test
    void seededSequenceMatchesCPython() {
        call(m, "seed", i(42));
        assertEquals("0.6394267984578837", r(m, "random"));
        assertEquals("4", r(m, "randint", i(1), i(100)));
        assertEquals("'f'", r(m, "choice", new PyList(new PyObject[] {s("a"), s("b"), s("c"), s("d"), s("e"), s("f")})));
        assertEquals("[35, 31, 28, 17, 94]", r(m, "sample", range(100), i(5)));
        assertEquals("1.1024951761715074", r(m, "uniform", i(1), i(2)));
        assertEquals("643647106656314877619", r(m, "getrandbits", i(70)));
        assertEquals("17", r(m, "randrange", i(10), i(100), i(7)));
        PyList l = range(10);
        call(m, "shuffle", l);
        assertEquals("[3, 5, 2, 4, 1, 8, 7, 0, 6, 9]", repr(l));
        assertEquals("[5, 7, 7]", repr(callKw(m, "choices", new PyObject[] {range(10), i(3)}, "k")));
        assertEquals("['b', 'b', 'b', 'c']", repr(callKw(m, "choices",
                new PyObject[] {new PyList(new PyObject[] {s("a"), s("b"), s("c")}), new PyList(new PyObject[] {i(1), i(2), i(3)}), i(4)}, "k")));
        assertEquals("0.032623373765392434", r(m, "gauss", i(0), i(1)));
        assertEquals("-0.5889240211923301", r(m, "gauss", i(0), i(1)));
        assertEquals("-0.18384140752295466", r(m, "normalvariate", i(0), i(1)));
        assertEquals("0.12123566902609458", r(m, "expovariate", i(2)));
    }

    @Test
    void seedsOfOtherTypes() {
        call(m, "seed", s("hello"));
        assertEquals("0.3537754404730722", r(m, "random"));
        call(m, "seed", f(3.5));
        assertEquals("0.3039190124834461", r(m, "random"));
        call(m, "seed", i(-7));
        assertEquals("0.32383276483316237", r(m, "random"));
    }

    @Test
    void largeSampleUsesSetAlgorithm() {
        // independent check: the set branch (n > setsize) as CPython for a fresh seed
        call(m, "seed", i(1));
        assertEquals("[137, 582, 867, 821, 782, 64, 261, 120, 507, 779]", r(m, "sample", range(1000), i(10)));
    }

    @Test
    void randomObjects() {
        PyObject cls = m.getDict().getItem("Random");
        assertEquals("<class 'random.Random'>", repr(cls));
        PyObject r5 = Abstract.call(cls, i(5));
        assertEquals("0.6229016948897019", repr(Abstract.callMethod(r5, "random")));
        org.junit.jupiter.api.Assertions.assertTrue(
                repr(m.getDict().getItem("random")).startsWith("<built-in method random of Random object at 0x"));
    }

    @Test
    void errors() {
        assertEquals("ValueError: empty range for randrange()", error(() -> call(m, "randrange", i(0))));
        assertEquals("ValueError: non-integer arg 1 for randrange()", error(() -> call(m, "randrange", f(1.5))));
        assertEquals("ValueError: empty range for randrange() (5, 2, -3)", error(() -> call(m, "randrange", i(5), i(2))));
        assertEquals("ValueError: zero step for randrange()", error(() -> call(m, "randrange", i(0), i(10), i(0))));
        assertEquals("IndexError: Cannot choose from an empty sequence",
                error(() -> call(m, "choice", new PyList())));
        assertEquals("ValueError: Sample larger than population or is negative",
                error(() -> call(m, "sample", range(2), i(3))));
        assertEquals("ValueError: number of bits must be non-negative", error(() -> call(m, "getrandbits", i(-1))));
        assertEquals("TypeError: Random.randint() missing 1 required positional argument: 'b'",
                error(() -> call(m, "randint", i(1))));
        assertEquals("TypeError: Random.random() takes no arguments (1 given)", error(() -> call(m, "random", i(1))));
        assertEquals("TypeError: object of type 'int' has no len()", error(() -> call(m, "shuffle", i(1))));
        assertEquals("ValueError: Total of weights must be greater than zero",
                error(() -> call(m, "choices", range(2), new PyList(new PyObject[] {i(0), i(0)}))));
        assertEquals("TypeError: Random.randrange() takes from 2 to 4 positional arguments but 5 were given",
                error(() -> call(m, "randrange", i(1), i(2), i(3), i(4))));
    }
}
