package org.minipy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minipy.ast.Mod;

class ParserApiTest {
    /** About 500 lines of ordinary Python, as a benchmark or test program looks. */
    static String representativeProgram() {
        String unit = String.join("\n",
                "import os.path as osp",
                "from collections import namedtuple",
                "from . import helper",
                "",
                "CONST_@N = [1, 2.5, 0x1F, 'text', b'raw', None, True]",
                "",
                "",
                "class Shape@N(Base, metaclass=type):",
                "    \"\"\"A shape.\"\"\"",
                "    sides: int = 0",
                "",
                "    def __init__(self, name, *args, scale=1.0, **kw):",
                "        super().__init__(*args, **kw)",
                "        self.name = name",
                "        self.scale = scale",
                "",
                "    @property",
                "    def area(self) -> float:",
                "        return self.scale ** 2 * (self.sides or 1)",
                "",
                "    def __repr__(self):",
                "        return f'{type(self).__name__}({self.name!r}, scale={self.scale:.2f})'",
                "",
                "",
                "def compute_@N(data, /, limit=10, *, verbose=False):",
                "    total = 0",
                "    seen = set()",
                "    for i, item in enumerate(data):",
                "        if i >= limit:",
                "            break",
                "        elif item in seen:",
                "            continue",
                "        else:",
                "            seen.add(item)",
                "        total += item if isinstance(item, int) else len(str(item))",
                "    squares = [x * x for x in range(limit) if x % 2 == 0]",
                "    table = {k: v for k, v in zip('abc', squares)}",
                "    try:",
                "        value = table['a'] // (total - total)",
                "    except (ZeroDivisionError, KeyError) as exc:",
                "        value = -1",
                "    finally:",
                "        pass",
                "    with open(__file__) as fh, open(__file__) as fh2:",
                "        first = fh.readline()[:10]",
                "    while total > 100 and not verbose:",
                "        total -= 7",
                "    lam = lambda a, b=2: a + b",
                "    a, *rest = [lam(1), lam(2, 3), 4]",
                "    assert a <= 10 < 100, 'bounds'",
                "    if (n := len(rest)) > 1:",
                "        print(n, sep='', end='\\n')",
                "    return total, value, first",
                "",
                "",
                "def gen_@N(n):",
                "    global CONST_@N",
                "    def inner():",
                "        nonlocal n",
                "        n -= 1",
                "        yield n",
                "    yield from inner()",
                "    del CONST_@N[0]",
                "    raise ValueError('bad') from None",
                "");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append(unit.replace("@N", Integer.toString(i)));
        }
        return sb.toString();
    }

    @Test
    void sllSucceedsOnRepresentativeCode() {
        String src = representativeProgram();
        assertTrue(src.split("\n").length >= 500);
        assertTrue(Parser.parsesWithSll(src), "SLL prediction needed the LL fallback");
        Mod.Module m = Parser.parseModule(src, "rep.py");
        assertEquals(8 * 7, m.body().size());
    }

    @Test
    void timing() {
        String src = representativeProgram();
        long t0 = System.nanoTime();
        Parser.parseModule(src, "rep.py");
        long cold = System.nanoTime() - t0;
        for (int i = 0; i < 20; i++) {
            Parser.parseModule(src, "rep.py");
        }
        long t1 = System.nanoTime();
        int n = 20;
        for (int i = 0; i < n; i++) {
            Parser.parseModule(src, "rep.py");
        }
        long warm = (System.nanoTime() - t1) / n;
        System.out.printf("parse %d lines: first %.1f ms, warmed %.2f ms%n", src.split("\n").length,
                cold / 1e6, warm / 1e6);
    }

    @Test
    void expressionMode() {
        Mod.Expression e = Parser.parseExpression("  1 + x", "<string>");
        assertEquals("Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Name(id='x', ctx=Load())))",
                AstDump.dump(e));
        assertThrows(PySyntaxError.class, () -> Parser.parseExpression("x = 1", "<string>"));
    }

    @Test
    void interactiveMode() {
        assertEquals("Interactive(body=[Expr(value=Name(id='x', ctx=Load()))])",
                AstDump.dump(Parser.parseInteractive("x\n", "<stdin>")));
        assertEquals(1, Parser.parseInteractive("if x:\n  y\n", "<stdin>").body().size());
        assertEquals("multiple statements found while compiling a single statement",
                assertThrows(PySyntaxError.class, () -> Parser.parseInteractive("x\ny\n", "<stdin>")).msg);
    }

    @Test
    void incompleteInput() {
        assertTrue(Parser.isIncomplete("if 1:"));
        assertTrue(Parser.isIncomplete("if 1:\n  pass"));
        assertTrue(Parser.isIncomplete("x = (1,"));
        assertTrue(Parser.isIncomplete("x = '''a"));
        assertTrue(Parser.isIncomplete("x = \\"));
        assertTrue(Parser.isIncomplete("for x in y: pass"));
        assertFalse(Parser.isIncomplete("x = 1"));
        assertFalse(Parser.isIncomplete("if 1:\n  pass\n"));
        assertFalse(Parser.isIncomplete("a b"));
        assertFalse(Parser.isIncomplete("x = 1 +"));
    }

    @Test
    void indentedDumpLikeCPython() {
        assertEquals("Module(\n  body=[\n    Expr(\n      value=Call(\n        func=Name(id='f', ctx=Load()),\n"
                        + "        args=[\n          Constant(value=1)],\n        keywords=[]))],\n  type_ignores=[])",
                AstDump.dump(Parser.parseModule("f(1)", "f.py"), false, "  "));
    }
}
