package org.minipy.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minipy.ast.Mod;
import org.minipy.ast.Stmt;
import org.minipy.compile.Scope.NameScope;
import org.minipy.parse.Parser;

/** Scopes of names as CPython's symtable module reports them. */
class SymbolTableTest {
    private static SymbolTable table(String src) {
        return SymbolTable.build(Parser.parseModule(src, "t"), "t");
    }

    private static Scope child(Scope s, int i) {
        return s.children.get(i);
    }

    @Test
    void moduleNamesAreImplicitGlobalsOrLocals() {
        SymbolTable st = table("x = 1\nprint(x)\n");
        assertEquals(NameScope.LOCAL, st.top.scopeOf("x"));
        assertEquals(NameScope.GLOBAL_IMPLICIT, st.top.scopeOf("print"));
    }

    @Test
    void closureMakesCellAndFree() {
        SymbolTable st = table("def f(a):\n    b = 1\n    def g():\n        return a + b + c\n    return g\n");
        Scope f = child(st.top, 0);
        Scope g = child(f, 0);
        assertEquals(NameScope.CELL, f.scopeOf("a"));
        assertEquals(NameScope.CELL, f.scopeOf("b"));
        assertEquals(NameScope.LOCAL, f.scopeOf("g"));
        assertEquals(NameScope.FREE, g.scopeOf("a"));
        assertEquals(NameScope.FREE, g.scopeOf("b"));
        assertEquals(NameScope.GLOBAL_IMPLICIT, g.scopeOf("c"));
        assertTrue(g.nested);
        assertTrue(f.childFree);
    }

    @Test
    void globalAndNonlocalDeclarations() {
        SymbolTable st = table("def f():\n    global x\n    y = 1\n    def g():\n        nonlocal y\n        y = 2\n        x = 3\n");
        Scope f = child(st.top, 0);
        Scope g = child(f, 0);
        assertEquals(NameScope.GLOBAL_EXPLICIT, f.scopeOf("x"));
        assertEquals(NameScope.GLOBAL_EXPLICIT, st.top.scopeOf("x"));
        assertEquals(NameScope.CELL, f.scopeOf("y"));
        assertEquals(NameScope.FREE, g.scopeOf("y"));
        assertEquals(NameScope.LOCAL, g.scopeOf("x"));
    }

    @Test
    void classBodyNamesAreNotVisibleInMethods() {
        SymbolTable st = table("def f():\n    v = 1\n    class C:\n        v = 2\n        w = v\n        def m(self):\n            return v, super()\n");
        Scope f = child(st.top, 0);
        Scope c = child(f, 0);
        Scope m = child(c, 0);
        assertEquals(NameScope.FREE, m.scopeOf("v"));
        assertEquals(NameScope.LOCAL, c.scopeOf("v"));
        assertTrue((c.flags("v") & Scope.DEF_FREE_CLASS) != 0, "the class passes v's cell through");
        assertEquals(NameScope.FREE, m.scopeOf("__class__"));
        assertTrue(c.needsClassClosure);
        assertEquals(NameScope.CELL, f.scopeOf("v"));
    }

    @Test
    void comprehensionIsAFunctionScopeAndWalrusBindsOutside() {
        SymbolTable st = table("def f(data):\n    return [y for x in data if (y := x)]\n");
        Scope f = child(st.top, 0);
        Scope comp = child(f, 0);
        assertTrue(comp.comprehension);
        assertEquals("listcomp", comp.name);
        assertEquals(NameScope.LOCAL, comp.scopeOf(".0"));
        assertEquals(NameScope.LOCAL, comp.scopeOf("x"));
        assertEquals(NameScope.FREE, comp.scopeOf("y"));
        assertEquals(NameScope.CELL, f.scopeOf("y"));
        assertEquals(NameScope.LOCAL, f.scopeOf("data"));
        assertFalse(comp.scopes.containsKey("data"), "the first iterable is evaluated outside");
    }

    @Test
    void generatorsAndParameters() {
        SymbolTable st = table("def g(a, /, b, *args, c, **kw):\n    yield a\n");
        Scope g = child(st.top, 0);
        assertTrue(g.generator);
        assertTrue(g.varargs);
        assertTrue(g.varkeywords);
        assertEquals(java.util.List.of("a", "b", "c", "args", "kw"), g.varnames);
    }

    @Test
    void privateNamesAreMangled() {
        SymbolTable st = table("class C:\n    __x = 1\n    def m(self):\n        return self.__y, __z\n");
        Scope c = child(st.top, 0);
        assertEquals(NameScope.LOCAL, c.scopeOf("_C__x"));
        Scope m = child(c, 0);
        assertEquals(NameScope.GLOBAL_IMPLICIT, m.scopeOf("_C__z"));
        assertEquals("_C__x", SymbolTable.mangle("__C", "__x"));
        assertEquals("__x__", SymbolTable.mangle("C", "__x__"));
    }

    @Test
    void blocksAreFoundByNode() {
        Mod.Module m = Parser.parseModule("def f(): pass\n", "t");
        SymbolTable st = SymbolTable.build(m, "t");
        assertEquals("f", st.scopeOf((Stmt.FunctionDef) m.body().get(0)).name);
    }
}
