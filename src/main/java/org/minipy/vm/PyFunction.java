package org.minipy.vm;

import org.minipy.code.Code;
import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.MethodLike;
import org.minipy.objects.PyDescriptor;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyGetSetDescr;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;
import org.minipy.objects.PyType;

/**
 * A function defined in Python: a code object with its globals, defaults and closure. Calling
 * it makes a frame, binds the arguments into it and runs the eval loop. Through a class it binds
 * to a {@link PyMethod}; {@link #callWithSelf} calls it as a method without that allocation.
 */
public final class PyFunction extends PyObject implements PyDescriptor, MethodLike {
    public static final PyType TYPE = PyType.builtin("function", PyFunction.class);

    public final Code code;
    public final PyDict globals;
    public final PyDict builtins;
    final InterpreterState interp;
    public String name;
    public String qualname;
    /** Default values of the last positional parameters, or null. */
    public PyObject[] defaults;
    /** Defaults of keyword-only parameters, or null. */
    public PyDict kwdefaults;
    /** The cells of the free variables, or null. */
    public PyObject[] closure;
    public PyObject annotations;
    public PyObject doc;
    public PyObject module;
    private PyDict dict;
    /** Positional parameters only, no * or **: a call with exactly argcount arguments needs no binding. */
    final boolean simple;
    private CodeCache cache;

    static {
        // getsets for introspection (type(f).__dict__, dir(f)); reads and writes go through the
        // switches in getAttribute and setAttribute, which stay the fast path
        for (String n : new String[] {"__code__", "__defaults__", "__kwdefaults__", "__globals__", "__builtins__",
            "__closure__", "__doc__", "__name__", "__qualname__", "__module__", "__annotations__"}) {
            TYPE.put(n, new PyGetSetDescr(TYPE, n, o -> o.getAttribute(n),
                    (o, v) -> o.setAttribute(n, v == null ? PyNone.None : v)));
        }
        TYPE.put("__dict__", PyGetSetDescr.instanceDict(TYPE));
        TYPE.slot("__call__", (a, kw) -> a[0].call(java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        TYPE.def("__get__", (a, kw) -> {
            ArgParser.checkCount("__get__", java.util.Arrays.copyOfRange(a, 1, a.length), kw, 1, 2);
            PyObject obj = a[1] == PyNone.None ? null : a[1];
            return ((PyFunction) a[0]).descrGet(obj, a.length > 2 && a[2] instanceof PyType t ? t : null);
        });
    }

    PyFunction(InterpreterState interp, Code code, PyDict globals, String qualname) {
        this.interp = interp;
        this.code = code;
        this.globals = globals;
        this.builtins = interp.builtinsFor(globals);
        this.name = code.co_name;
        this.qualname = qualname;
        PyObject[] consts = code.co_consts;
        this.doc = consts.length > 0 && consts[0] instanceof PyStr ? consts[0] : PyNone.None;
        PyObject m = globals.getItem("__name__");
        this.module = m == null ? PyNone.None : m;
        this.simple = (code.co_flags & (Code.CO_VARARGS | Code.CO_VARKEYWORDS)) == 0
                && code.co_kwonlyargcount == 0;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    CodeCache cache() {
        CodeCache c = cache;
        if (c == null) {
            c = cache = interp.newCodeCache(code);
        }
        return c;
    }

    /** Frames of finished calls that nothing kept, ready for reuse (allocation is the main cost of a call). */
    private final PyFrame[] spare = new PyFrame[4];
    private int nspare;

    /** A fresh frame for a call of this function (arguments not yet bound). */
    PyFrame newFrame() {
        if (nspare > 0) {
            PyFrame f = spare[--nspare];
            spare[nspare] = null;
            return f;
        }
        return new PyFrame(code, globals, builtins, null, this, cache());
    }

    /** Takes back the frame of a call that returned, if nothing else refers to it. */
    void release(PyFrame f) {
        if (f.escaped || nspare == spare.length) {
            return;
        }
        java.util.Arrays.fill(f.localsplus, null);
        java.util.Arrays.fill(f.stack, 0, f.sp + 1, null);
        f.ip = 0;
        f.sp = 0;
        f.lasti = 0;
        f.back = null;
        spare[nspare++] = f;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyFrame f = newFrame();
        int nkw = kwnames == null ? 0 : kwnames.length;
        ArgBinder.bind(this, f.localsplus, null, args, 0, args.length - nkw, kwnames);
        return Eval.execute(interp.ts, f);
    }

    @Override
    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        PyFrame f = newFrame();
        int nkw = kwnames == null ? 0 : kwnames.length;
        ArgBinder.bind(this, f.localsplus, self, args, 0, args.length - nkw, kwnames);
        return Eval.execute(interp.ts, f);
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        return obj == null ? this : new PyMethod(this, obj);
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @Override
    public PyStr repr() {
        return PyStr.of("<function " + qualname + " at " + Abstract.addressOf(this) + ">");
    }

    @Override
    public PyObject getAttribute(String attr) {
        switch (attr) {
            case "__name__": return PyStr.of(name);
            case "__qualname__": return PyStr.of(qualname);
            case "__code__": return code;
            case "__globals__": return globals;
            case "__builtins__": return builtins;
            case "__defaults__": return defaults == null ? PyNone.None : new PyTuple(defaults.clone());
            case "__kwdefaults__": return kwdefaults == null ? PyNone.None : kwdefaults;
            case "__closure__": return closure == null ? PyNone.None : new PyTuple(closure.clone());
            case "__doc__": return doc;
            case "__module__": return module;
            case "__dict__": return getDict();
            case "__annotations__":
                if (annotations == null) {
                    annotations = new PyDict();
                }
                return annotations;
            default: return super.getAttribute(attr);
        }
    }

    @Override
    public void setAttribute(String attr, PyObject value) {
        switch (attr) {
            case "__name__":
                name = strValue(attr, value);
                return;
            case "__qualname__":
                qualname = strValue(attr, value);
                return;
            case "__defaults__":
                if (value == PyNone.None) {
                    defaults = null;
                } else if (value instanceof PyTuple t) {
                    defaults = t.size() == 0 ? null : t.items().clone();
                } else {
                    throw PyErr.typeError("__defaults__ must be set to a tuple object");
                }
                return;
            case "__kwdefaults__":
                if (value == PyNone.None) {
                    kwdefaults = null;
                } else if (value instanceof PyDict d) {
                    kwdefaults = d;
                } else {
                    throw PyErr.typeError("__kwdefaults__ must be set to a dict object");
                }
                return;
            case "__doc__":
                doc = value;
                return;
            case "__module__":
                module = value;
                return;
            case "__annotations__":
                annotations = value;
                return;
            case "__code__": case "__globals__": case "__closure__": case "__builtins__":
                throw PyErr.attributeError("readonly attribute");
            default:
                super.setAttribute(attr, value);
        }
    }

    private static String strValue(String attr, PyObject v) {
        if (v instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("%s must be set to a string object", attr);
    }
}
