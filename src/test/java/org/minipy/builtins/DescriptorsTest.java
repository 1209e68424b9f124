package org.minipy.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.minipy.builtins.FakeRuntime.error;

import org.junit.jupiter.api.Test;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBuiltinFunction;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/** property, staticmethod, classmethod and super on classes built from Java. */
class DescriptorsTest {
    private final FakeRuntime rt = new FakeRuntime();

    private static PyType cls(String name, PyDict ns, PyType... bases) {
        ns.setItem("__module__", PyStr.of("__main__"));
        ns.setItem("__qualname__", PyStr.of(name));
        return PyType.newHeapType(name, bases, ns);
    }

    private static String repr(PyObject o) {
        return Abstract.repr(o).value();
    }

    @Test
    void property() {
        PyObject getter = new PyBuiltinFunction("x", (a, kw) -> Abstract.getAttr(a[0], "_x"));
        PyObject setter = new PyBuiltinFunction("x", (a, kw) -> {
            Abstract.setAttr(a[0], "_x", a[1]);
            return PyNone.None;
        });
        PyObject p = rt.call("property", getter);
        PyObject p2 = Abstract.callMethod(p, "setter", setter);
        PyDict ns = new PyDict();
        ns.setItem("x", p2);
        ns.setItem("y", rt.call("property"));
        PyType c = cls("C", ns);
        Abstract.callMethod(ns.getItem("y"), "__set_name__", c, PyStr.of("y"));
        PyObject o = Abstract.call0(c);
        Abstract.setAttr(o, "x", PyInt.of(5));
        assertEquals("5", repr(Abstract.getAttr(o, "x")));
        assertEquals("5", repr(Abstract.getAttr(o, "_x")));
        assertSame(p2, Abstract.getAttr(c, "x"));
        assertSame(getter, Abstract.getAttr(p2, "fget"));
        assertEquals("AttributeError: property 'y' of 'C' object has no getter", 
                error(() -> Abstract.callMethod(ns.getItem("y"), "__get__", o, c)));
        assertEquals("AttributeError: property 'x' of 'C' object has no deleter", error(() -> Abstract.delAttr(o, "x")));
        PyObject p3 = rt.call("property", getter);
        assertEquals("AttributeError: property 'x' of 'C' object has no setter",
                error(() -> Abstract.callMethod(p3, "__set__", o, PyInt.of(1))));
        assertEquals("TypeError: property() takes at most 4 arguments (5 given)",
                error(() -> rt.call("property", getter, getter, getter, getter, getter)));
        assertEquals("'doc'", repr(Abstract.getAttr(rt.callKw("property", new PyObject[] {PyStr.of("doc")}, "doc"),
                "__doc__")));
    }

    @Test
    void staticAndClassMethods() {
        PyObject f = new PyBuiltinFunction("f", (a, kw) -> a.length == 0 ? PyNone.None : a[0]);
        PyDict ns = new PyDict();
        ns.setItem("s", rt.call("staticmethod", f));
        ns.setItem("k", rt.call("classmethod", f));
        PyType c = cls("C", ns);
        PyObject o = Abstract.call0(c);
        assertSame(f, Abstract.getAttr(o, "s"));
        assertSame(f, Abstract.getAttr(c, "s"));
        assertSame(c, Abstract.call0(Abstract.getAttr(o, "k")));
        assertSame(c, Abstract.call0(Abstract.getAttr(c, "k")));
        PyType d = cls("D", new PyDict(), c);
        assertSame(d, Abstract.call0(Abstract.getAttr(Abstract.call0(d), "k")));
        assertEquals("<staticmethod(<built-in function f>)>", repr(ns.getItem("s")));
        assertEquals("<classmethod(<built-in function f>)>", repr(ns.getItem("k")));
        assertEquals("7", repr(Abstract.call(ns.getItem("s"), PyInt.of(7))));
        assertSame(f, Abstract.getAttr(ns.getItem("k"), "__func__"));
        assertEquals("TypeError: 'classmethod' object is not callable", error(() -> Abstract.call0(ns.getItem("k"))));
        assertEquals("TypeError: staticmethod expected 1 argument, got 0", error(() -> rt.call("staticmethod")));
        assertEquals("TypeError: classmethod expected 1 argument, got 2", error(() -> rt.call("classmethod", f, f)));
    }

    @Test
    void superLookup() {
        PyDict nsA = new PyDict();
        nsA.setItem("hello", new PyBuiltinFunction("hello", (a, kw) -> PyStr.of("A.hello")));
        nsA.setItem("who", rt.call("property", new PyBuiltinFunction("who", (a, kw) -> PyStr.of("A.who"))));
        PyType a = cls("A", nsA);
        PyDict nsB = new PyDict();
        nsB.setItem("hello", new PyBuiltinFunction("hello", (x, kw) -> PyStr.of("B.hello")));
        PyType b = cls("B", nsB, a);
        PyObject o = Abstract.call0(b);
        PyObject sup = rt.call("super", b, o);
        assertEquals("<super: <class 'B'>, <B object>>", repr(sup));
        assertEquals("'A.hello'", repr(Abstract.call0(Abstract.getAttr(sup, "hello"))));
        assertEquals("'A.who'", repr(Abstract.getAttr(sup, "who")));
        assertSame(b, Abstract.getAttr(sup, "__thisclass__"));
        assertSame(o, Abstract.getAttr(sup, "__self__"));
        // super().__init__() reaches object.__init__ bound to o
        assertSame(PyNone.None, Abstract.call0(Abstract.getAttr(sup, "__init__")));
        assertEquals("AttributeError: 'super' object has no attribute 'zz'", error(() -> Abstract.getAttr(sup, "zz")));
        assertEquals("<super: <class 'B'>, NULL>", repr(rt.call("super", b)));
        assertEquals("RuntimeError: super(): no arguments", error(() -> rt.call("super")));
        rt.superArgs = new PyObject[] {b, o};
        assertEquals("'A.hello'", repr(Abstract.call0(Abstract.getAttr(rt.call("super"), "hello"))));
        assertEquals("TypeError: super() argument 1 must be a type, not int",
                error(() -> rt.call("super", PyInt.of(1))));
        assertEquals("TypeError: super(type, obj): obj must be an instance or subtype of type",
                error(() -> rt.call("super", PyInt.TYPE, PyStr.of("a"))));
        assertEquals("TypeError: super() takes no keyword arguments",
                error(() -> rt.callKw("super", new PyObject[] {PyInt.TYPE, PyInt.of(1)}, "obj")));
        assertEquals("TypeError: super() expected at most 2 arguments, got 3",
                error(() -> rt.call("super", PyInt.TYPE, PyInt.of(1), PyInt.of(2))));
        // class-level super: super(B, B).hello is the plain function
        PyObject cs = rt.call("super", b, b);
        assertSame(nsA.getItem("hello"), Abstract.getAttr(cs, "hello"));
        assertEquals("True", repr(rt.call("isinstance", sup, rt.builtin("super"))));
    }
}
