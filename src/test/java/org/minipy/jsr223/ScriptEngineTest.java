package org.minipy.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import javax.script.Bindings;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.junit.jupiter.api.Test;

class ScriptEngineTest {
    private static ScriptEngine engine() {
        ScriptEngine e = new ScriptEngineManager().getEngineByName("minipy");
        assertNotNull(e, "the service file registers the engine");
        return e;
    }

    @Test
    void foundByNameAndExtension() {
        ScriptEngineManager m = new ScriptEngineManager();
        assertNotNull(m.getEngineByExtension("py"));
        assertEquals("minipy", engine().getFactory().getEngineName());
        assertEquals("python", engine().getFactory().getLanguageName());
    }

    @Test
    void evalReturnsTheLastExpression() throws ScriptException {
        ScriptEngine e = engine();
        assertEquals(3, e.eval("1 + 2"));
        assertEquals("ab", e.eval("x = 'a'\nx + 'b'"));
        assertEquals(7, e.eval("y = 3; y + 4"));
        assertEquals(2.5, e.eval("5 / 2"));
        assertEquals(true, e.eval("1 < 2"));
        assertNull(e.eval("z = 1"));
        assertNull(e.eval("None"));
        assertEquals(new java.math.BigInteger("1267650600228229401496703205376"), e.eval("2 ** 100"));
        assertEquals(10000000000L, e.eval("10 ** 10"));
    }

    @Test
    void bindingsAreTheGlobals() throws ScriptException {
        ScriptEngine e = engine();
        e.put("n", 6);
        assertEquals(42, e.eval("n * 7"));
        e.eval("greeting = 'hi ' + str(n)");
        assertEquals("hi 6", e.get("greeting"));
        assertTrue(e.getBindings(javax.script.ScriptContext.ENGINE_SCOPE).containsKey("greeting"));
    }

    @Test
    void otherBindingsAreCopiedInAndOut() throws ScriptException {
        ScriptEngine e = engine();
        Bindings b = new SimpleBindings();
        b.put("a", 20);
        assertEquals(22, e.eval("b = a + 2\nb", b));
        assertEquals(22, b.get("b"));
    }

    @Test
    void outputGoesToTheContextWriter() throws ScriptException {
        ScriptEngine e = engine();
        StringWriter w = new StringWriter();
        e.getContext().setWriter(w);
        e.eval("print('hello', 1 + 1)");
        assertEquals("hello 2\n", w.toString());
    }

    @Test
    void invocable() throws Exception {
        ScriptEngine e = engine();
        e.eval("def sq(x):\n    return x * x\nclass K:\n    def twice(self, s):\n        return s * 2\nk = K()\n");
        Invocable inv = (Invocable) e;
        assertEquals(49, inv.invokeFunction("sq", 7));
        assertEquals("abab", inv.invokeMethod(e.get("k"), "twice", "ab"));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("nope"));
        Square s = inv.getInterface(Square.class);
        assertEquals(81, s.sq(9));
    }

    /** Implemented by a Python function through getInterface. */
    public interface Square {
        Object sq(int x);
    }

    @Test
    void pythonErrorsBecomeScriptExceptions() {
        ScriptEngine e = engine();
        ScriptException x = assertThrows(ScriptException.class, () -> e.eval("1 / 0"));
        assertTrue(x.getMessage().contains("ZeroDivisionError: division by zero"), x.getMessage());
        ScriptException y = assertThrows(ScriptException.class, () -> e.eval("def ("));
        assertTrue(y.getMessage().contains("SyntaxError"), y.getMessage());
    }
}
