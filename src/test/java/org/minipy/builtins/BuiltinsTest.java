package org.minipy.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minipy.builtins.FakeRuntime.error;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;

/** The built-in functions called directly, against CPython 3.11's results and messages. */
class BuiltinsTest {
    private final FakeRuntime rt = new FakeRuntime();

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyFloat f(double v) {
        return new PyFloat(v);
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static PyList list(PyObject... xs) {
        return new PyList(xs);
    }

    static String repr(PyObject o) {
        return Abstract.repr(o).value();
    }

    private String r(String name, PyObject... args) {
        return repr(rt.call(name, args));
    }

    @Test
    void reprOfFunctions() {
        assertEquals("<built-in function len>", repr(rt.builtin("len")));
        assertEquals("builtins", repr(Abstract.getAttr(rt.builtin("len"), "__module__")).replace("'", ""));
        assertEquals("Use exit() or Ctrl-D (i.e. EOF) to exit", repr(rt.builtin("exit")));
        assertEquals("Use quit() or Ctrl-D (i.e. EOF) to exit", Abstract.str(rt.builtin("quit")).value());
        assertEquals("SystemExit: 3", error(() -> rt.call("exit", i(3))));
        assertEquals("<class 'super'>", repr(rt.builtin("super")));
        assertEquals("<class 'property'>", repr(rt.builtin("property")));
        assertSame(PyInt.TYPE, rt.builtin("int"));
    }

    @Test
    void numbers() {
        assertEquals("5", r("abs", i(-5)));
        assertEquals("2.5", r("abs", f(-2.5)));
        assertEquals("TypeError: bad operand type for abs(): 'str'", error(() -> rt.call("abs", s("a"))));
        assertEquals("TypeError: abs() takes exactly one argument (0 given)", error(() -> rt.call("abs")));
        assertEquals("(-4, -1)", r("divmod", i(7), i(-2)));
        assertEquals("(3.0, 1.5)", r("divmod", f(7.5), i(2)));
        assertEquals("TypeError: divmod expected 2 arguments, got 1", error(() -> rt.call("divmod", i(1))));
        assertEquals("TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'",
                error(() -> rt.call("divmod", s("a"), i(1))));
        assertEquals("3", r("pow", i(2), i(-1), i(5)));
        assertEquals("ValueError: pow() 3rd argument cannot be 0", error(() -> rt.call("pow", i(2), i(3), i(0))));
        assertEquals("ValueError: base is not invertible for the given modulus",
                error(() -> rt.call("pow", i(2), i(-1), i(4))));
        assertEquals("TypeError: pow() 3rd argument not allowed unless all arguments are integers",
                error(() -> rt.call("pow", f(2.0), i(3), i(5))));
        assertEquals("TypeError: pow() missing required argument 'exp' (pos 2)", error(() -> rt.call("pow", i(1))));
        assertEquals("-5", r("pow", i(2), i(10), i(-7)));
        assertEquals("'0b101'", r("bin", i(5)));
        assertEquals("'-0b101'", r("bin", i(-5)));
        assertEquals("'-0o10'", r("oct", i(-8)));
        assertEquals("'0xff'", r("hex", i(255)));
        assertEquals("'0x' + 'f' * 20".length() > 0 ? "'0xfffffffffffffffffffff'" : "",
                r("hex", PyInt.of(BigInteger.ONE.shiftLeft(84).subtract(BigInteger.ONE))));
        assertEquals("TypeError: 'float' object cannot be interpreted as an integer", error(() -> rt.call("bin", f(1.0))));
    }

    @Test
    void round() {
        assertEquals("2", r("round", f(2.5)));
        assertEquals("-2", r("round", f(-2.5)));
        assertEquals("0", r("round", f(0.5)));
        assertEquals("2.67", r("round", f(2.675), i(2)));
        assertEquals("1.2", r("round", f(1.25), i(1)));
        assertEquals("120.0", r("round", f(123.456), i(-1)));
        assertEquals("1200", r("round", i(1234), i(-2)));
        assertEquals("20", r("round", i(15), i(-1)));
        assertEquals("20", r("round", i(25), i(-1)));
        assertEquals("5", r("round", i(5), i(2)));
        assertEquals("2", r("round", f(1.5), PyNone.None));
        assertEquals("OverflowError: cannot convert float infinity to integer",
                error(() -> rt.call("round", f(Double.POSITIVE_INFINITY))));
        assertEquals("ValueError: cannot convert float NaN to integer", error(() -> rt.call("round", f(Double.NaN))));
        assertEquals("TypeError: type str doesn't define __round__ method", error(() -> rt.call("round", s("a"))));
    }

    @Test
    void sum() {
        assertEquals("6", r("sum", list(i(1), i(2), i(3))));
        assertEquals("3", repr(rt.callKw("sum", new PyObject[] {list(i(1)), i(2)}, "start")));
        assertEquals("9223372036854775808", r("sum", list(i(Long.MAX_VALUE), i(1))));
        assertEquals("1.5", r("sum", list(i(1), f(0.5))));
        assertEquals("0.9999999999999999", r("sum", list(f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1),
                f(0.1), f(0.1), f(0.1), f(0.1))));
        assertEquals("3.5", r("sum", list(f(1.0), i(2), f(0.5))));
        assertEquals("2", r("sum", list(PyBool.True, PyBool.True)));
        assertEquals("[1]", r("sum", list(list(i(1))), list()));
        assertEquals("TypeError: sum() can't sum strings [use ''.join(seq) instead]",
                error(() -> rt.call("sum", list(s("a")), s(""))));
        assertEquals("TypeError: sum() can't sum bytes [use b''.join(seq) instead]",
                error(() -> rt.call("sum", list(), PyBytes.EMPTY)));
        assertEquals("TypeError: 'int' object is not iterable", error(() -> rt.call("sum", i(1))));
        assertEquals("TypeError: sum() takes at least 1 positional argument (0 given)", error(() -> rt.call("sum")));
    }

    @Test
    void minMax() {
        assertEquals("3", r("max", list(i(1), i(3), i(2))));
        assertEquals("1", r("min", i(3), i(1), i(2)));
        assertEquals("5", repr(rt.callKw("min", new PyObject[] {list(), i(5)}, "default")));
        assertEquals("'ccc'", repr(rt.callKw("max", new PyObject[] {list(s("a"), s("ccc"), s("bb")), rt.builtin("len")},
                "key")));
        // the first maximal element wins
        assertEquals("'bb'", repr(rt.callKw("max", new PyObject[] {s("a"), s("bb"), s("cc"), rt.builtin("len")}, "key")));
        assertEquals("ValueError: max() arg is an empty sequence", error(() -> rt.call("max", list())));
        assertEquals("TypeError: max expected at least 1 argument, got 0", error(() -> rt.call("max")));
        assertEquals("TypeError: 'int' object is not iterable", error(() -> rt.call("max", i(1))));
        assertEquals("TypeError: Cannot specify a default for max() with multiple positional arguments",
                error(() -> rt.callKw("max", new PyObject[] {i(1), i(2), i(3)}, "default")));
        assertEquals("TypeError: 'foo' is an invalid keyword argument for min()",
                error(() -> rt.callKw("min", new PyObject[] {i(1), i(2), i(3)}, "foo")));
    }

    @Test
    void iteration() {
        assertEquals("True", r("all", list(i(1), i(2))));
        assertEquals("False", r("all", list(i(1), i(0))));
        assertEquals("False", r("any", list()));
        assertEquals("TypeError: all() takes exactly one argument (0 given)", error(() -> rt.call("all")));
        PyObject it = rt.call("iter", list(i(1), i(2)));
        assertEquals("1", r("next", it));
        assertEquals("2", r("next", it));
        assertEquals("0", r("next", it, i(0)));
        assertEquals("StopIteration: ", error(() -> rt.call("next", it)));
        assertEquals("TypeError: 'int' object is not an iterator", error(() -> rt.call("next", i(1))));
        assertEquals("TypeError: iter(v, w): v must be callable", error(() -> rt.call("iter", i(1), i(2))));
        assertEquals("TypeError: iter expected at most 2 arguments, got 3",
                error(() -> rt.call("iter", i(1), i(2), i(3))));
        // iter(callable, sentinel)
        PyObject src = rt.call("iter", list(i(1), i(2), i(3), i(4)));
        PyObject nextOf = new org.minipy.objects.PyBuiltinFunction("f", (a, kw) -> Abstract.next(src));
        PyObject ci = rt.call("iter", nextOf, i(3));
        assertEquals("[1, 2]", repr(IterBuiltins.toList(ci)));
        assertEquals("[1, 2, 3]", r("sorted", list(i(3), i(1), i(2))));
        PyList orig = list(i(3), i(1));
        assertTrue(rt.call("sorted", orig) != orig);
        assertEquals("[3, 2, 1]", repr(rt.callKw("sorted", new PyObject[] {PyTuple.of(i(1), i(3), i(2)), PyBool.True},
                "reverse")));
        assertEquals("['a', 'bb', 'ccc']", repr(rt.callKw("sorted",
                new PyObject[] {list(s("ccc"), s("a"), s("bb")), rt.builtin("len")}, "key")));
        assertEquals("TypeError: sorted expected 1 argument, got 0", error(() -> rt.call("sorted")));
        assertEquals("TypeError: sorted expected 1 argument, got 2", error(() -> rt.call("sorted", list(), i(1))));
    }

    @Test
    void objects() {
        assertEquals("'a'", r("chr", i(97)));
        assertEquals("'\uD83D\uDE00'", r("chr", i(0x1f600)));
        assertEquals("ValueError: chr() arg not in range(0x110000)", error(() -> rt.call("chr", i(-1))));
        assertEquals("97", r("ord", s("a")));
        assertEquals("128512", r("ord", s("\uD83D\uDE00")));
        assertEquals("TypeError: ord() expected a character, but string of length 2 found",
                error(() -> rt.call("ord", s("ab"))));
        assertEquals("TypeError: ord() expected string of length 1, but int found", error(() -> rt.call("ord", i(1))));
        assertEquals("\"'\\\\xe9\\\\n'\"", r("ascii", s("\u00e9\n")));
        assertEquals("'\\u20ac'", Abstract.str(rt.call("ascii", s("\u20ac"))).value());
        assertEquals("3", r("len", list(i(1), i(2), i(3))));
        assertEquals("TypeError: len() takes exactly one argument (2 given)", error(() -> rt.call("len", i(1), i(2))));
        assertEquals("TypeError: object of type 'int' has no len()", error(() -> rt.call("len", i(1))));
        assertEquals("True", r("callable", rt.builtin("len")));
        assertEquals("True", r("callable", PyInt.TYPE));
        assertEquals("False", r("callable", i(1)));
        assertEquals("True", r("isinstance", PyBool.True, PyInt.TYPE));
        assertEquals("True", r("isinstance", i(1), PyTuple.of(PyStr.TYPE, PyInt.TYPE)));
        assertEquals("TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
                error(() -> rt.call("isinstance", i(1), i(2))));
        assertEquals("TypeError: isinstance expected 2 arguments, got 1", error(() -> rt.call("isinstance", i(1))));
        assertEquals("TypeError: issubclass() arg 1 must be a class", error(() -> rt.call("issubclass", i(1), PyInt.TYPE)));
        assertEquals("TypeError: unhashable type: 'list'", error(() -> rt.call("hash", list())));
        assertEquals("AttributeError: 'int' object has no attribute 'zz'", error(() -> rt.call("getattr", i(1), s("zz"))));
        assertEquals("5", r("getattr", i(1), s("zz"), i(5)));
        assertEquals("TypeError: attribute name must be string, not 'int'", error(() -> rt.call("getattr", i(1), i(2))));
        assertEquals("TypeError: getattr expected at least 2 arguments, got 1", error(() -> rt.call("getattr", i(1))));
        assertEquals("False", r("hasattr", i(1), s("zz")));
        assertEquals("TypeError: setattr expected 3 arguments, got 2", error(() -> rt.call("setattr", i(1), s("a"))));
        assertEquals("'1.5'", r("format", f(1.5)));
        assertEquals("TypeError: format() argument 2 must be str, not int", error(() -> rt.call("format", i(1), i(2))));
        assertEquals("TypeError: vars() argument must have __dict__ attribute", error(() -> rt.call("vars", i(1))));
        assertEquals("TypeError: dir expected at most 1 argument, got 2", error(() -> rt.call("dir", i(1), i(2))));
        PyObject d = rt.call("dir", PyInt.TYPE);
        assertTrue(Abstract.contains(d, s("__add__")) || Abstract.contains(d, s("__repr__")));
        assertEquals("['__name__']", r("dir"));
    }

    @Test
    void printAndInput() {
        rt.call("print", s("a"), i(1), f(2.5));
        rt.callKw("print", new PyObject[] {s("x"), s("y"), s("-"), s("!")}, "sep", "end");
        rt.call("print");
        assertEquals("a 1 2.5\nx-y!\n", rt.output());
        assertEquals("TypeError: sep must be None or a string, not int",
                error(() -> rt.callKw("print", new PyObject[] {i(1), i(1)}, "sep")));
        assertEquals("TypeError: end must be None or a string, not int",
                error(() -> rt.callKw("print", new PyObject[] {i(1), i(2)}, "end")));
        assertEquals("TypeError: 'foo' is an invalid keyword argument for print()",
                error(() -> rt.callKw("print", new PyObject[] {i(1)}, "foo")));
        assertEquals("AttributeError: 'int' object has no attribute 'write'",
                error(() -> rt.callKw("print", new PyObject[] {i(1), i(1)}, "file")));
        rt.callKw("print", new PyObject[] {s("err"), rt.stderr}, "file");
        assertEquals("err\n", rt.err.toString());

        FakeRuntime in = new FakeRuntime("line one\nlast");
        assertEquals("'line one'", repr(in.call("input", s("> "))));
        assertEquals("'last'", repr(in.call("input")));
        assertEquals("EOFError: EOF when reading a line", error(() -> in.call("input")));
        assertEquals("> ", in.output());
    }

    @Test
    void evalArguments() {
        assertEquals("TypeError: eval() arg 1 must be a string, bytes or code object", error(() -> rt.call("eval", i(1))));
        assertEquals("TypeError: globals must be a dict", error(() -> rt.call("eval", s("1"), i(1))));
        assertEquals("ValueError: compile() mode must be 'exec', 'eval' or 'single'",
                error(() -> rt.call("compile", s("1"), s("<s>"), s("zz"))));
        assertEquals("TypeError: compile() arg 1 must be a string, bytes or AST object",
                error(() -> rt.call("compile", i(1), s("f"), s("exec"))));
        assertSame(rt.globals, rt.call("globals"));
        assertEquals("ValueError: Empty module name", error(() -> rt.call("__import__", s(""))));
        assertEquals("TypeError: module name must be a string", error(() -> rt.call("__import__", i(1))));
        assertEquals("ModuleNotFoundError: No module named 'zzzz'", error(() -> rt.call("__import__", s("zzzz"))));
        assertEquals("<module 'math' (built-in)>", r("__import__", s("math")));
    }
}
