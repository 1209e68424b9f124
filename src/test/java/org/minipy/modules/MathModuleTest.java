package org.minipy.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minipy.builtins.FakeRuntime.error;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyObject;

/** math, against CPython 3.11. */
class MathModuleTest extends ModuleTestBase {
    private final PyModule m = module("math");

    private static PyList list(PyObject... xs) {
        return new PyList(xs);
    }

    @Test
    void constantsAndBasics() {
        assertEquals("3.141592653589793", repr(m.getDict().getItem("pi")));
        assertEquals("6.283185307179586", repr(m.getDict().getItem("tau")));
        assertEquals("inf", repr(m.getDict().getItem("inf")));
        assertEquals("<built-in function sqrt>", repr(m.getDict().getItem("sqrt")));
        assertEquals("1.4142135623730951", r(m, "sqrt", i(2)));
        assertEquals("ValueError: math domain error", error(() -> call(m, "sqrt", i(-1))));
        assertEquals("TypeError: math.sqrt() takes exactly one argument (0 given)", error(() -> call(m, "sqrt")));
        assertEquals("TypeError: must be real number, not str", error(() -> call(m, "sqrt", s("a"))));
        assertEquals("OverflowError: int too large to convert to float",
                error(() -> call(m, "sqrt", PyInt.of(BigInteger.TEN.pow(400)))));
        assertEquals("OverflowError: math range error", error(() -> call(m, "exp", i(1000))));
        assertEquals("nan", r(m, "exp", f(Double.NaN)));
        assertEquals("ValueError: math domain error", error(() -> call(m, "sin", f(Double.POSITIVE_INFINITY))));
        assertEquals("ValueError: math domain error", error(() -> call(m, "acos", i(2))));
        assertEquals("OverflowError: math range error", error(() -> call(m, "cosh", i(1000))));
        assertEquals("0.7853981633974483", r(m, "atan2", i(1), i(1)));
        assertEquals("-1.0", r(m, "copysign", i(1), f(-0.0)));
        assertEquals("180.0", r(m, "degrees", f(Math.PI)));
        assertEquals("5.0", r(m, "hypot", i(3), i(4)));
        assertEquals("0.0", r(m, "hypot"));
        assertEquals("5.0", r(m, "dist", list(i(0), i(0)), list(i(3), i(4))));
        assertEquals("8.0", r(m, "exp2", i(3)));
        assertEquals("2.220446049250313e-16", r(m, "ulp", f(1.0)));
        assertEquals("1.0000000000000002", r(m, "nextafter", i(1), i(2)));
        assertEquals("-1.0", r(m, "remainder", i(5), i(3)));
    }

    @Test
    void logsAndPowers() {
        assertEquals("3.0", r(m, "log", i(8), i(2)));
        assertEquals("1386.2943611198907", r(m, "log", PyInt.of(BigInteger.TWO.pow(2000))));
        assertEquals("500.0", r(m, "log10", PyInt.of(BigInteger.TEN.pow(500))));
        assertEquals("1000.0", r(m, "log2", PyInt.of(BigInteger.TWO.pow(1000).add(BigInteger.ONE))));
        assertEquals("ValueError: math domain error", error(() -> call(m, "log", i(0))));
        assertEquals("ValueError: math domain error", error(() -> call(m, "log", f(-1.5))));
        assertEquals("ZeroDivisionError: float division by zero", error(() -> call(m, "log", i(1), i(1))));
        assertEquals("TypeError: math.log requires 1 to 2 arguments", error(() -> call(m, "log")));
        assertEquals("ValueError: math domain error", error(() -> call(m, "pow", i(0), i(-1))));
        assertEquals("ValueError: math domain error", error(() -> call(m, "pow", i(-8), f(1.0 / 3))));
        assertEquals("OverflowError: math range error", error(() -> call(m, "pow", i(10), i(400))));
        assertEquals("1.0", r(m, "pow", i(1), f(Double.NaN)));
        assertEquals("TypeError: pow expected 2 arguments, got 1", error(() -> call(m, "pow", i(1))));
    }

    @Test
    void rounding() {
        assertEquals("2", r(m, "floor", f(2.5)));
        assertEquals("0", r(m, "ceil", f(-0.5)));
        assertEquals("-2", r(m, "trunc", f(-2.7)));
        assertEquals("1000000000000000000000000000000", r(m, "floor", PyInt.of(BigInteger.TEN.pow(30))));
        assertEquals("100000000000000000000", r(m, "floor", f(1e20)));
        assertEquals("OverflowError: cannot convert float infinity to integer",
                error(() -> call(m, "floor", f(Double.POSITIVE_INFINITY))));
        assertEquals("TypeError: must be real number, not str", error(() -> call(m, "floor", s("a"))));
        assertEquals("TypeError: type str doesn't define __trunc__ method", error(() -> call(m, "trunc", s("a"))));
        assertEquals("(-0.5, -2.0)", r(m, "modf", f(-2.5)));
        assertEquals("(0.5, 4)", r(m, "frexp", f(8.0)));
        assertEquals("(0.0, 0)", r(m, "frexp", f(0.0)));
        assertEquals("(0.5, -1073)", r(m, "frexp", f(Double.MIN_VALUE)));
        assertEquals("OverflowError: math range error", error(() -> call(m, "ldexp", f(1.0), i(2000))));
        assertEquals("8.0", r(m, "ldexp", f(1.0), i(3)));
        assertEquals("ValueError: math domain error", error(() -> call(m, "fmod", i(1), i(0))));
        assertEquals("-1.0", r(m, "fmod", i(-7), i(3)));
    }

    @Test
    void integers() {
        assertEquals("2432902008176640000", r(m, "factorial", i(20)));
        assertEquals("1", r(m, "factorial", org.minipy.objects.PyBool.True));
        assertEquals(new BigInteger("30414093201713378043612608166064768844377641568960512000000000000"),
                ((PyInt) call(m, "factorial", i(50))).bigValue());
        assertEquals("ValueError: factorial() not defined for negative values", error(() -> call(m, "factorial", i(-1))));
        assertEquals("TypeError: 'float' object cannot be interpreted as an integer",
                error(() -> call(m, "factorial", f(2.0))));
        assertEquals("0", r(m, "gcd"));
        assertEquals("2", r(m, "gcd", i(12), i(18), i(-4)));
        assertEquals("12", r(m, "lcm", i(4), i(6)));
        assertEquals("10", r(m, "comb", i(5), i(2)));
        assertEquals("0", r(m, "comb", i(2), i(5)));
        assertEquals("166616670000", r(m, "comb", i(10000), i(3)));
        assertEquals("ValueError: n must be a non-negative integer", error(() -> call(m, "comb", i(-1), i(2))));
        assertEquals("120", r(m, "perm", i(5)));
        assertEquals("20", r(m, "perm", i(5), i(2)));
        assertEquals("ValueError: k must be a non-negative integer", error(() -> call(m, "perm", i(5), i(-1))));
        assertEquals("1000000000000000", r(m, "isqrt", PyInt.of(BigInteger.TEN.pow(30))));
        assertEquals("ValueError: isqrt() argument must be nonnegative", error(() -> call(m, "isqrt", i(-1))));
    }

    @Test
    void sumsAndProducts() {
        PyObject[] tenth = new PyObject[10];
        java.util.Arrays.fill(tenth, f(0.1));
        assertEquals("1.0", r(m, "fsum", list(tenth)));
        assertEquals("1e-100", r(m, "fsum", list(f(1e100), f(1.0), f(-1e100), f(1e-100), f(1e50), f(-1.0), f(-1e50))));
        assertEquals("ValueError: -inf + inf in fsum",
                error(() -> call(m, "fsum", list(f(Double.POSITIVE_INFINITY), f(Double.NEGATIVE_INFINITY)))));
        assertEquals("OverflowError: intermediate overflow in fsum",
                error(() -> call(m, "fsum", list(f(1e308), f(1e308)))));
        assertEquals("12", repr(callKw(m, "prod", new PyObject[] {list(i(1), i(2), i(3)), i(2)}, "start")));
        assertEquals("True", r(m, "isclose", i(1), f(1.0000000001)));
        assertEquals("ValueError: tolerances must be non-negative",
                error(() -> callKw(m, "isclose", new PyObject[] {i(1), i(2), i(-1)}, "rel_tol")));
    }
}
