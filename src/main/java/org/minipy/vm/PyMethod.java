package org.minipy.vm;

import org.minipy.objects.Abstract;
import org.minipy.objects.CompareOp;
import org.minipy.objects.MethodLike;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyGetSetDescr;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyNotImplemented;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/** A bound method: a function with its {@code self} ({@code obj.method}). */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyMethod.class);

    static {
        // for introspection (dir, type(m).__dict__); reads go through getAttribute's switch
        TYPE.put("__func__", new PyGetSetDescr(TYPE, "__func__", o -> ((PyMethod) o).func, null));
        TYPE.put("__self__", new PyGetSetDescr(TYPE, "__self__", o -> ((PyMethod) o).self, null));
        TYPE.put("__doc__", new PyGetSetDescr(TYPE, "__doc__", o -> {
            PyObject d = Abstract.lookupAttr(((PyMethod) o).func, "__doc__");
            return d == null ? PyNone.None : d;
        }, null));
        TYPE.slot("__call__", (a, kw) -> a[0].call(java.util.Arrays.copyOfRange(a, 1, a.length), kw));
    }

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (func instanceof MethodLike m) {
            return m.callWithSelf(self, args, kwnames);
        }
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return Abstract.call(func, full, kwnames);
    }

    @Override
    public PyObject getAttribute(String name) {
        switch (name) {
            case "__self__": return self;
            case "__func__": return func;
            default: break;
        }
        PyObject v = super.getAttribute(name);
        return v != null ? v : Abstract.lookupAttr(func, name);
    }

    @Override
    public PyObject attributeOwner() {
        return func;
    }

    @Override
    public PyStr repr() {
        PyObject qn = Abstract.lookupAttr(func, "__qualname__");
        String name = qn instanceof PyStr s ? s.value() : "?";
        return PyStr.of("<bound method " + name + " of " + Abstract.repr(self).value() + ">");
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && other instanceof PyMethod m) {
            boolean eq = m.func == func && m.self == self;
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        }
        return PyNotImplemented.NotImplemented;
    }

    @Override
    public long hash() {
        return System.identityHashCode(self) * 31L + Abstract.hash(func);
    }
}
