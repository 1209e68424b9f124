package org.minipy.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.minipy.parse.PySyntaxError;

/** SyntaxErrors raised by the symbol table and the compiler, with CPython 3.11's messages and places. */
class CompileErrorTest {
    private static void fails(String src, String msg, int line, int offset) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Compiler.compile(src, "t.py", "exec"));
        assertEquals("SyntaxError", e.kind);
        assertEquals(msg, e.msg);
        assertEquals(line, e.lineno, "line");
        assertEquals(offset, e.offset, "offset");
        assertEquals("t.py", e.filename);
    }

    @Test
    void returnBreakContinueYieldOutside() {
        fails("return 1\n", "'return' outside function", 1, 1);
        fails("x = 1\nbreak\n", "'break' outside loop", 2, 1);
        fails("continue\n", "'continue' not properly in loop", 1, 1);
        fails("for x in y:\n    def f():\n        break\n", "'break' outside loop", 3, 9);
        fails("yield 1\n", "'yield' outside function", 1, 1);
        fails("class C:\n    yield 1\n", "'yield' outside function", 2, 5);
    }

    @Test
    void globalAndNonlocalMisuse() {
        fails("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5);
        fails("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5);
        fails("def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5);
        fails("def f(x):\n    nonlocal x\n", "name 'x' is parameter and nonlocal", 2, 5);
        fails("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
                "name 'x' is assigned to before nonlocal declaration", 5, 9);
        fails("def f():\n    def g():\n        nonlocal y\n", "no binding for nonlocal 'y' found", 3, 9);
        fails("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1);
        fails("def f():\n    x: int = 1\n    global x\n", "annotated name 'x' can't be global", 3, 5);
    }

    @Test
    void assignmentTargets() {
        fails("a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1);
        fails("*a = b\n", "starred assignment target must be in a list or tuple", 1, 1);
        fails("x = *a\n", "can't use starred expression here", 1, 5);
    }

    @Test
    void otherChecks() {
        fails("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8);
        fails("def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1, 10);
        fails("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", "default 'except:' must be last", 3, 1);
        fails("[(yield x) for x in y]\n", "'yield' inside list comprehension", 1, 3);
        fails("[i := 0 for i in x]\n", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2);
        fails("class C:\n    [y := 0 for i in x]\n",
                "assignment expression within a comprehension cannot be used in a class body", 2, 6);
        fails("def f():\n    from x import *\n", "import * only allowed at module level", 2, 19);
    }

    @Test
    void errorCarriesTheSourceLine() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Compiler.compile("x = 1\nreturn x\n", "t.py", "exec"));
        assertEquals("return x\n", e.text);
    }
}
