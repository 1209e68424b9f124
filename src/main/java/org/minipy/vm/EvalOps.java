package org.minipy.vm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.minipy.code.Code;
import org.minipy.code.Opcode;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyBaseException;
import org.minipy.objects.PyBuiltinFunction;
import org.minipy.objects.PyDescriptor;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyException;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyInstance;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyMethodDescr;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PySet;
import org.minipy.objects.PySlice;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyTuple;
import org.minipy.objects.PyType;

/**
 * The instructions and pieces of instructions that are too bulky or too rare to sit in the
 * eval loop itself ({@link Eval}): each is a static method named after what it does.
 */
final class EvalOps {
    private EvalOps() {
    }

    /** Cached in an attribute cache slot when the type does not use the generic getattr. */
    private static final PyObject NOT_GENERIC = new PyInstance(PyType.OBJECT);
    private static final PyObject OBJECT_GETATTRIBUTE = PyType.OBJECT.getDict().getItem("__getattribute__");
    private static final PyObject OBJECT_SETATTR = PyType.OBJECT.getDict().getItem("__setattr__");

    // ---- names --------------------------------------------------------------------------------

    static PyException unboundLocal(Code code, int i) {
        return PyErr.unboundLocalError(code.localsplusNames[i]);
    }

    static PyException unboundDeref(Code code, int i) {
        String name = code.localsplusNames[i];
        if ((code.localsplusKinds[i] & Code.KIND_FREE) != 0) {
            return PyErr.of(PyExc.NameError, "cannot access free variable '" + name
                    + "' where it is not associated with a value in enclosing scope");
        }
        return PyErr.unboundLocalError(name);
    }

    /** LOAD_GLOBAL through the inline cache: a version check and an array load when warm. */
    static PyObject loadGlobal(PyFrame f, CodeCache c, int i, String name) {
        PyDict g = f.globals;
        int s = c.slot[i];
        if (s >= 0) {
            if (c.globalsVersion[i] == g.version()) {
                return g.valueAt(s);
            }
        } else if (s < -1) {
            PyDict b = f.builtins;
            if (c.globalsVersion[i] == g.version() && c.builtinsVersion[i] == b.version()) {
                return b.valueAt(-2 - s);
            }
        }
        return loadGlobalMiss(f, c, i, name);
    }

    private static PyObject loadGlobalMiss(PyFrame f, CodeCache c, int i, String name) {
        PyDict g = f.globals;
        PyObject v = g.getItem(name);
        if (v != null) {
            int s = slotOf(g, name);
            if (s >= 0) {
                c.slot[i] = s;
                c.globalsVersion[i] = g.version();
            }
            return v;
        }
        PyDict b = f.builtins;
        v = b.getItem(name);
        if (v != null) {
            int s = slotOf(b, name);
            if (s >= 0) {
                c.slot[i] = -2 - s;
                c.globalsVersion[i] = g.version();
                c.builtinsVersion[i] = b.version();
            }
            return v;
        }
        throw PyErr.nameError(name);
    }

    /** The entry slot of a str key (stable while the dict's version is unchanged), or -1. */
    private static int slotOf(PyDict d, String name) {
        return d.slotOf(name);
    }

    static PyObject loadName(PyFrame f, String name) {
        PyObject locals = f.locals;
        PyObject v = null;
        if (locals instanceof PyDict d) {
            v = d.getItem(name);
        } else if (locals != null) {
            v = mappingGet(locals, name);
        }
        if (v == null) {
            v = f.globals.getItem(name);
            if (v == null) {
                v = f.builtins.getItem(name);
                if (v == null) {
                    throw PyErr.nameError(name);
                }
            }
        }
        return v;
    }

    private static PyObject mappingGet(PyObject mapping, String name) {
        try {
            return Abstract.getItem(mapping, PyStr.of(name));
        } catch (PyException e) {
            if (e.matches(PyExc.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    static void storeName(PyFrame f, String name, PyObject v) {
        PyObject locals = f.locals;
        if (locals instanceof PyDict d) {
            d.setItem(name, v);
        } else if (locals == null) {
            throw PyErr.of(PyExc.SystemError, "no locals found when storing '" + name + "'");
        } else {
            Abstract.setItem(locals, PyStr.of(name), v);
        }
    }

    // ---- attributes ---------------------------------------------------------------------------

    /** The MRO lookup of {@code name} on {@code t}, cached per instruction; NOT_GENERIC if unusable. */
    private static PyObject descrFor(CodeCache c, int i, PyObject obj, PyType t, String name) {
        int base = i * CodeCache.WAYS;
        int v = t.version();
        for (int k = base; k < base + CodeCache.WAYS; k++) {
            if (c.attrType[k] == t && c.attrVersion[k] == v) {
                return c.attrDescr[k];
            }
        }
        return descrMiss(c, base, obj, t, v, name);
    }

    /** Fills the newest way of the attribute cache (kept out of line: the hit path is what the JIT inlines). */
    private static PyObject descrMiss(CodeCache c, int base, PyObject obj, PyType t, int v, String name) {
        // shift the entries down, newest first
        System.arraycopy(c.attrType, base, c.attrType, base + 1, CodeCache.WAYS - 1);
        System.arraycopy(c.attrVersion, base, c.attrVersion, base + 1, CodeCache.WAYS - 1);
        System.arraycopy(c.attrDescr, base, c.attrDescr, base + 1, CodeCache.WAYS - 1);
        PyObject d;
        if (t.isHeap() && (t.lookup("__getattribute__") != OBJECT_GETATTRIBUTE || t.lookup("__getattr__") != null
                || t.lookup("__setattr__") != OBJECT_SETATTR)
                || overridesGetAttribute(obj.getClass())) {
            d = NOT_GENERIC;
        } else {
            d = t.lookup(name);
        }
        c.attrType[base] = t;
        c.attrVersion[base] = v;
        c.attrDescr[base] = d;
        return d;
    }

    /**
     * STORE_ATTR. Fast path: an instance of a Python class whose class has nothing of that name,
     * and the name sits in the instance dict where this site last found it: replace the value in place.
     */
    static void storeAttr(CodeCache c, int i, PyObject obj, String name, PyObject value) {
        if (obj.getClass() == PyInstance.class && descrFor(c, i, obj, obj.getType(), name) == null) {
            PyDict dict = obj.getDict();
            int s = c.dictSlot[i];
            if (dict != null && s < dict.entrySlots() && dict.keyAt(s) instanceof PyStr k && name.equals(k.value())) {
                dict.setValueAt(s, value);
                return;
            }
        }
        storeAttrSlow(c, i, obj, name, value);
    }

    private static void storeAttrSlow(CodeCache c, int i, PyObject obj, String name, PyObject value) {
        if (obj.getClass() == PyInstance.class) {
            PyType t = obj.getType();
            PyObject descr = descrFor(c, i, obj, t, name);
            if (descr != NOT_GENERIC) {
                PyDict dict = obj.getDict();
                if (descr instanceof PyDescriptor d && d.isDataDescriptor()) {
                    d.descrSet(obj, value);
                    return;
                } else if (dict != null) {
                    int s = dict.slotOf(name);
                    if (s >= 0) {
                        c.dictSlot[i] = s;
                        dict.setValueAt(s, value);
                    } else {
                        dict.setItem(name, value);
                    }
                    return;
                }
            }
        }
        Abstract.setAttr(obj, name, value);
    }

    /** True if a Java class has its own attribute lookup (then the MRO lookup alone says nothing). */
    private static boolean overridesGetAttribute(Class<?> c) {
        return c == PyInstance.class ? false : OWN_GETATTRIBUTE.get(c);
    }

    /** A memo of a fact about Java classes (not interpreter state): does the class override getAttribute? */
    private static final ClassValue<Boolean> OWN_GETATTRIBUTE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            try {
                return c.getMethod("getAttribute", String.class).getDeclaringClass() != PyObject.class;
            } catch (NoSuchMethodException e) {
                return Boolean.TRUE;
            }
        }
    };

    /**
     * LOAD_ATTR. Fast path: an instance of a Python class whose class has nothing of that name, and
     * the name sits in the instance dict where this site last found it.
     */
    static PyObject loadAttr(CodeCache c, int i, PyObject obj, String name) {
        if (obj.getClass() == PyInstance.class && descrFor(c, i, obj, obj.getType(), name) == null) {
            PyDict dict = obj.getDict();
            int s = c.dictSlot[i];
            if (dict != null && s < dict.entrySlots() && dict.keyAt(s) instanceof PyStr k && name.equals(k.value())) {
                return dict.valueAt(s);
            }
        }
        return loadAttrSlow(c, i, obj, name);
    }

    private static PyObject loadAttrSlow(CodeCache c, int i, PyObject obj, String name) {
        if (obj.getClass() != PyInstance.class) {
            return Abstract.getAttr(obj, name);
        }
        PyType t = obj.getType();
        PyObject descr = descrFor(c, i, obj, t, name);
        if (descr == NOT_GENERIC) {
            return Abstract.getAttr(obj, name);
        }
        if (descr instanceof PyDescriptor d && d.isDataDescriptor()) {
            return d.descrGet(obj, t);
        }
        PyDict dict = obj.getDict();
        if (dict != null) {
            int s = dict.slotOf(name);
            if (s >= 0) {
                c.dictSlot[i] = s;
                return dict.valueAt(s);
            }
        }
        if (descr != null) {
            return descr instanceof PyDescriptor d ? d.descrGet(obj, t) : descr;
        }
        throw Abstract.noAttribute(obj, name);
    }

    /**
     * LOAD_METHOD: the unbound function or method descriptor that {@code obj.name} would bind,
     * when the call can pass {@code obj} as the first argument instead; null otherwise.
     * Fast path: a Python function found on the class of an instance whose dict cannot hold the name.
     */
    static PyObject lookupMethod(CodeCache c, int i, PyObject obj, String name) {
        if (obj.getClass() == PyInstance.class) {
            PyObject descr = descrFor(c, i, obj, obj.getType(), name);
            if (descr instanceof PyFunction) {
                PyDict dict = obj.getDict();
                if (dict == null || !dict.mayHaveStr(name)) {
                    return descr;
                }
            }
        }
        return lookupMethodSlow(c, i, obj, name);
    }

    private static PyObject lookupMethodSlow(CodeCache c, int i, PyObject obj, String name) {
        PyType t = obj.getType();
        if (obj instanceof PyType || obj instanceof PyModule) {
            return null;
        }
        PyObject descr = descrFor(c, i, obj, t, name);
        if (!(descr instanceof PyFunction) && !(descr instanceof PyMethodDescr)) {
            return null;
        }
        PyDict dict = obj.getDict();
        if (dict != null && dict.getItem(name) != null) {
            return null;
        }
        return descr;
    }

    // ---- calls --------------------------------------------------------------------------------

    static String[] kwNames(PyObject names) {
        PyTuple t = (PyTuple) names;
        String[] out = new String[t.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = ((PyStr) t.get(k)).value();
        }
        return out;
    }

    /** CALL for everything but the exact-arity Python function fast path. */
    static PyObject call(PyObject callable, PyObject[] stack, int start, int nargs, String[] kwnames) {
        if (callable instanceof PyMethod m && m.func instanceof PyFunction fn && kwnames == null
                && fn.simple && nargs + 1 == fn.code.co_argcount) {
            PyFrame nf = fn.newFrame();
            nf.localsplus[0] = m.self;
            System.arraycopy(stack, start, nf.localsplus, 1, nargs);
            return Eval.execute(fn.interp.ts, nf);
        }
        PyObject[] args = Arrays.copyOfRange(stack, start, start + nargs);
        if (callable instanceof PyFunction fn) {
            return fn.call(args, kwnames);
        }
        if (callable instanceof PyMethodDescr || callable instanceof PyBuiltinFunction) {
            // final classes of built-in types: no __call__ to look for (str.split, len, ...)
            return callable.call(args, kwnames);
        }
        return Abstract.call(callable, args, kwnames);
    }

    /** {@code _PyObject_FunctionStr}: "f()" or "module.f()" for call error messages. */
    static String functionStr(PyObject fn) {
        PyObject qn = Abstract.lookupAttr(fn, "__qualname__");
        if (!(qn instanceof PyStr q)) {
            return Abstract.str(fn).value();
        }
        PyObject mod = Abstract.lookupAttr(fn, "__module__");
        if (mod instanceof PyStr m && !m.value().equals("builtins")) {
            return m.value() + "." + q.value() + "()";
        }
        return q.value() + "()";
    }

    /** CALL_FUNCTION_EX: {@code NULL callable args [kwargs] -- result}. */
    private static int callFunctionEx(PyObject[] stack, int sp, int flags) {
        PyObject kwargs = (flags & 1) != 0 ? stack[--sp] : null;
        PyObject args = stack[--sp];
        PyObject fn = stack[sp - 1];
        if (!(args instanceof PyTuple)) {
            if (args.getType().lookup("__iter__") == null && args.getType().lookup("__getitem__") == null) {
                throw PyErr.typeError("%s argument after * must be an iterable, not %s", functionStr(fn),
                        args.getType().getName());
            }
            args = PyTuple.fromIterable(args);
        }
        PyTuple pos = (PyTuple) args;
        PyObject[] all;
        String[] kwnames = null;
        if (kwargs != null && !(kwargs instanceof PyDict)) {
            PyDict d = new PyDict();
            mergeInto(d, kwargs, fn, true);
            kwargs = d;
        }
        if (kwargs != null && ((PyDict) kwargs).size() > 0) {
            PyDict d = (PyDict) kwargs;
            all = new PyObject[pos.size() + d.size()];
            kwnames = new String[d.size()];
            System.arraycopy(pos.items(), 0, all, 0, pos.size());
            int k = 0;
            for (int j = 0; j < d.entrySlots(); j++) {
                PyObject key = d.keyAt(j);
                if (key == null) {
                    continue;
                }
                if (!(key instanceof PyStr s)) {
                    throw PyErr.typeError("keywords must be strings");
                }
                kwnames[k] = s.value();
                all[pos.size() + k] = d.valueAt(j);
                k++;
            }
        } else {
            all = pos.items().clone();
        }
        PyObject r = fn instanceof PyFunction f ? f.call(all, kwnames) : Abstract.call(fn, all, kwnames);
        stack[sp] = null;
        stack[sp + 1] = null;
        stack[sp - 1] = null;
        stack[sp - 2] = r;
        return sp - 1;
    }

    /** DICT_MERGE (strict: duplicate keys are errors naming the function) and DICT_UPDATE. */
    private static void mergeInto(PyDict dict, PyObject update, PyObject fn, boolean strict) {
        if (update instanceof PyDict src) {
            for (int j = 0; j < src.entrySlots(); j++) {
                PyObject k = src.keyAt(j);
                if (k != null) {
                    mergeOne(dict, k, src.valueAt(j), fn, strict);
                }
            }
            return;
        }
        PyObject keys = Abstract.lookupAttr(update, "keys");
        if (keys == null) {
            if (fn != null) {
                throw PyErr.typeError("%s argument after ** must be a mapping, not %s", functionStr(fn),
                        update.getType().getName());
            }
            throw PyErr.typeError("'%s' object is not a mapping", update.getType().getName());
        }
        PyObject it = Abstract.iter(Abstract.call0(keys));
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            mergeOne(dict, k, Abstract.getItem(update, k), fn, strict);
        }
    }

    private static void mergeOne(PyDict dict, PyObject k, PyObject v, PyObject fn, boolean strict) {
        if (strict) {
            if (!(k instanceof PyStr)) {
                throw PyErr.typeError("keywords must be strings");
            }
            if (dict.getItemOrNull(k) != null) {
                throw PyErr.typeError("%s got multiple values for keyword argument '%s'", functionStr(fn),
                        ((PyStr) k).value());
            }
        }
        dict.setItem(k, v);
    }

    // ---- containers ---------------------------------------------------------------------------

    static PyObject subscr(PyObject container, PyObject key) {
        if (key.getClass() == PyInt.class && ((PyInt) key).big == null) {
            long i = ((PyInt) key).value;
            if (container.getClass() == PyList.class) {
                PyList l = (PyList) container;
                int n = l.size();
                long j = i < 0 ? i + n : i;
                if (j >= 0 && j < n) {
                    return l.get((int) j);
                }
            } else if (container.getClass() == PyTuple.class) {
                PyTuple t = (PyTuple) container;
                int n = t.size();
                long j = i < 0 ? i + n : i;
                if (j >= 0 && j < n) {
                    return t.get((int) j);
                }
            }
        }
        return Abstract.getItem(container, key);
    }

    static void storeSubscr(PyObject container, PyObject key, PyObject v) {
        if (key.getClass() == PyInt.class && container.getClass() == PyList.class && ((PyInt) key).big == null) {
            PyList l = (PyList) container;
            long i = ((PyInt) key).value;
            int n = l.size();
            long j = i < 0 ? i + n : i;
            if (j >= 0 && j < n) {
                l.set((int) j, v);
                return;
            }
        }
        Abstract.setItem(container, key, v);
    }

    /** UNPACK_SEQUENCE: pushes the n items, last first. Returns the new stack pointer. */
    static int unpackSequence(PyObject[] stack, int sp, int n) {
        PyObject seq = stack[--sp];
        stack[sp] = null;
        PyObject[] items;
        if (seq instanceof PyTuple t) {
            items = t.items();
        } else if (seq.getClass() == PyList.class) {
            items = ((PyList) seq).toArray();
        } else {
            items = null;
        }
        if (items != null) {
            if (items.length != n) {
                if (items.length > n) {
                    throw PyErr.valueError("too many values to unpack (expected %d)", n);
                }
                throw PyErr.valueError("not enough values to unpack (expected %d, got %d)", n, items.length);
            }
        } else {
            items = collect(seq, n, -1);
        }
        for (int k = n - 1; k >= 0; k--) {
            stack[sp++] = items[k];
        }
        return sp;
    }

    /** Takes exactly n items (after < 0) from an iterable, with CPython's unpacking errors. */
    private static PyObject[] collect(PyObject seq, int n, int after) {
        PyObject it = iterForUnpack(seq);
        PyObject[] items = new PyObject[n];
        for (int k = 0; k < n; k++) {
            PyObject v = Abstract.next(it);
            if (v == null) {
                throw PyErr.valueError("not enough values to unpack (expected %d, got %d)", n, k);
            }
            items[k] = v;
        }
        if (Abstract.next(it) != null) {
            throw PyErr.valueError("too many values to unpack (expected %d)", n);
        }
        return items;
    }

    private static PyObject iterForUnpack(PyObject seq) {
        try {
            return Abstract.iter(seq);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && seq.getType().lookup("__iter__") == null) {
                throw PyErr.typeError("cannot unpack non-iterable %s object", seq.getType().getName());
            }
            throw e;
        }
    }

    /** UNPACK_EX: {@code a, *b, c = seq}; arg's low byte counts targets before the star, high byte after. */
    private static int unpackEx(PyObject[] stack, int sp, int arg) {
        int before = arg & 0xff, after = arg >> 8;
        PyObject seq = stack[--sp];
        stack[sp] = null;
        PyObject it = iterForUnpack(seq);
        List<PyObject> all = new ArrayList<>();
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            all.add(v);
        }
        if (all.size() < before + after) {
            throw PyErr.valueError("not enough values to unpack (expected at least %d, got %d)",
                    before + after, all.size());
        }
        PyObject[] out = new PyObject[before + 1 + after];
        for (int k = 0; k < before; k++) {
            out[k] = all.get(k);
        }
        int mid = all.size() - after;
        out[before] = new PyList(all.subList(before, mid).toArray(new PyObject[0]));
        for (int k = 0; k < after; k++) {
            out[before + 1 + k] = all.get(mid + k);
        }
        for (int k = out.length - 1; k >= 0; k--) {
            stack[sp++] = out[k];
        }
        return sp;
    }

    // ---- exceptions ---------------------------------------------------------------------------

    /** CHECK_EXC_MATCH: is exc an instance of type (or of one of a tuple of types)? */
    static boolean excMatch(PyObject exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (int k = 0; k < t.size(); k++) {
                checkCatchable(t.get(k));
            }
        } else {
            checkCatchable(type);
        }
        return Abstract.isInstance(exc, type);
    }

    private static void checkCatchable(PyObject t) {
        if (!(t instanceof PyType ty) || !ty.isSubtypeOf(PyExc.BaseException)) {
            throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** RAISE_VARARGS: builds the exception to throw (cf. {@code do_raise}). */
    static PyException raise(ThreadState ts, int argc, PyObject[] stack, int sp) {
        if (argc == 0) {
            PyBaseException cur = ts.handledException();
            if (cur == null) {
                return PyErr.runtimeError("No active exception to reraise");
            }
            ts.frame.reraising = true;
            return new PyException(cur);
        }
        PyObject excObj = stack[sp];
        PyObject causeObj = argc == 2 ? stack[sp + 1] : null;
        stack[sp] = null;
        if (argc == 2) {
            stack[sp + 1] = null;
        }
        PyBaseException exc = instantiate(excObj, "exceptions must derive from BaseException");
        if (causeObj != null) {
            if (causeObj == PyNone.None) {
                exc.cause = null;
            } else {
                exc.cause = instantiate(causeObj, "exception causes must derive from BaseException");
            }
            exc.suppressContext = true;
        }
        setContext(ts, exc);
        return new PyException(exc);
    }

    private static PyBaseException instantiate(PyObject o, String msg) {
        if (o instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            PyObject v = Abstract.call0(t);
            if (v instanceof PyBaseException e) {
                return e;
            }
            throw PyErr.typeError("calling %s should have returned an instance of BaseException, not %s",
                    Abstract.repr(t).value(), v.getType().getName());
        }
        if (o instanceof PyBaseException e) {
            return e;
        }
        throw PyErr.typeError(msg);
    }

    /** Implicit chaining: the exception being handled becomes {@code __context__} (no cycles). */
    static void setContext(ThreadState ts, PyBaseException exc) {
        PyBaseException handled = ts.handledException();
        if (handled == null || handled == exc) {
            return;
        }
        for (PyBaseException o = handled; o.context != null; o = o.context) {
            if (o.context == exc) {
                o.context = null;
                break;
            }
        }
        exc.context = handled;
    }

    /** Records the Python frames an internal (Java) error passes through, for its report. */
    static void noteInternalError(ThreadState ts, PyFrame f, int lasti) {
        if (ts.internalTrace == null) {
            ts.internalTrace = new ArrayList<>();
        }
        ts.internalTrace.add("  File \"" + f.code.co_filename + "\", line " + Math.max(f.code.lineOf(lasti), 0)
                + ", in " + f.code.co_name);
    }

    // ---- the rare instructions ------------------------------------------------------------------

    /** Executes an instruction that is not inline in the loop; returns the new stack pointer. */
    static int rare(ThreadState ts, PyFrame f, int op, int arg, int sp, String[] kwnames) {
        PyObject[] stack = f.stack;
        Code code = f.code;
        switch (op) {
            case Opcode.CALL_FUNCTION_EX:
                return callFunctionEx(stack, sp, arg);
            case Opcode.MAKE_FUNCTION:
                stack[sp - 1 - Integer.bitCount(arg & 0x0f)] = makeFunction(ts, f, stack, sp, arg);
                for (int k = 0; k < Integer.bitCount(arg & 0x0f); k++) {
                    stack[--sp] = null;
                }
                return sp;
            case Opcode.BUILD_MAP: {
                PyDict d = new PyDict();
                sp -= 2 * arg;
                for (int k = 0; k < arg; k++) {
                    d.setItem(stack[sp + 2 * k], stack[sp + 2 * k + 1]);
                }
                Arrays.fill(stack, sp, sp + 2 * arg, null);
                stack[sp++] = d;
                return sp;
            }
            case Opcode.BUILD_CONST_KEY_MAP: {
                PyTuple keys = (PyTuple) stack[--sp];
                PyDict d = new PyDict();
                sp -= arg;
                for (int k = 0; k < arg; k++) {
                    d.setItem(keys.get(k), stack[sp + k]);
                }
                Arrays.fill(stack, sp, sp + arg + 1, null);
                stack[sp++] = d;
                return sp;
            }
            case Opcode.MAP_ADD: {
                PyObject v = stack[--sp];
                PyObject k = stack[--sp];
                stack[sp] = stack[sp + 1] = null;
                ((PyDict) stack[sp - arg]).setItem(k, v);
                return sp;
            }
            case Opcode.DICT_UPDATE:
            case Opcode.DICT_MERGE: {
                PyObject upd = stack[--sp];
                stack[sp] = null;
                mergeInto((PyDict) stack[sp - arg], upd, op == Opcode.DICT_MERGE ? stack[sp - arg - 2] : null,
                        op == Opcode.DICT_MERGE);
                return sp;
            }
            case Opcode.BUILD_SET: {
                sp -= arg;
                PySet set = new PySet();
                for (int k = 0; k < arg; k++) {
                    set.add(stack[sp + k]);
                }
                Arrays.fill(stack, sp, sp + arg, null);
                stack[sp++] = set;
                return sp;
            }
            case Opcode.SET_ADD: {
                PyObject v = stack[--sp];
                stack[sp] = null;
                ((PySet) stack[sp - arg]).add(v);
                return sp;
            }
            case Opcode.SET_UPDATE: {
                PyObject v = stack[--sp];
                stack[sp] = null;
                ((PySet) stack[sp - arg]).update(v);
                return sp;
            }
            case Opcode.LIST_EXTEND: {
                PyObject v = stack[--sp];
                stack[sp] = null;
                PyList l = (PyList) stack[sp - arg];
                if (v instanceof PyTuple t) {
                    for (PyObject x : t.items()) {
                        l.append(x);
                    }
                } else {
                    PyObject it;
                    try {
                        it = Abstract.iter(v);
                    } catch (PyException e) {
                        if (e.matches(PyExc.TypeError) && v.getType().lookup("__iter__") == null) {
                            throw PyErr.typeError("Value after * must be an iterable, not %s", v.getType().getName());
                        }
                        throw e;
                    }
                    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                        l.append(x);
                    }
                }
                return sp;
            }
            case Opcode.LIST_TO_TUPLE:
                stack[sp - 1] = new PyTuple(((PyList) stack[sp - 1]).toArray());
                return sp;
            case Opcode.BUILD_STRING: {
                StringBuilder sb = new StringBuilder();
                sp -= arg;
                for (int k = 0; k < arg; k++) {
                    sb.append(((PyStr) stack[sp + k]).value());
                }
                Arrays.fill(stack, sp, sp + arg, null);
                stack[sp++] = PyStr.of(sb.toString());
                return sp;
            }
            case Opcode.FORMAT_VALUE: {
                String spec = "";
                if ((arg & 4) != 0) {
                    spec = ((PyStr) stack[--sp]).value();
                    stack[sp] = null;
                }
                PyObject v = stack[sp - 1];
                switch (arg & 3) {
                    case 1: v = Abstract.str(v); break;
                    case 2: v = Abstract.repr(v); break;
                    case 3: v = PyStr.of(ascii(Abstract.repr(v).value())); break;
                    default: break;
                }
                stack[sp - 1] = v instanceof PyStr && spec.isEmpty() && v.getClass() == PyStr.class
                        ? v : Abstract.format(v, spec);
                return sp;
            }
            case Opcode.BUILD_SLICE: {
                sp -= arg;
                PySlice slice = new PySlice(stack[sp], stack[sp + 1], arg == 3 ? stack[sp + 2] : PyNone.None);
                Arrays.fill(stack, sp, sp + arg, null);
                stack[sp++] = slice;
                return sp;
            }
            case Opcode.DELETE_SUBSCR: {
                PyObject key = stack[--sp];
                PyObject container = stack[--sp];
                stack[sp] = stack[sp + 1] = null;
                Abstract.delItem(container, key);
                return sp;
            }
            case Opcode.DELETE_ATTR: {
                PyObject obj = stack[--sp];
                stack[sp] = null;
                Abstract.delAttr(obj, code.co_names[arg]);
                return sp;
            }
            case Opcode.DELETE_FAST:
                if (f.localsplus[arg] == null) {
                    throw unboundLocal(code, arg);
                }
                f.localsplus[arg] = null;
                return sp;
            case Opcode.DELETE_DEREF: {
                PyCell c = (PyCell) f.localsplus[arg];
                if (c.ref == null) {
                    throw unboundDeref(code, arg);
                }
                c.ref = null;
                return sp;
            }
            case Opcode.DELETE_GLOBAL:
                if (!f.globals.delItemIfPresent(code.co_names[arg])) {
                    throw PyErr.nameError(code.co_names[arg]);
                }
                return sp;
            case Opcode.DELETE_NAME: {
                String name = code.co_names[arg];
                if (f.locals instanceof PyDict d) {
                    if (!d.delItemIfPresent(name)) {
                        throw PyErr.nameError(name);
                    }
                } else if (f.locals == null) {
                    throw PyErr.of(PyExc.SystemError, "no locals when deleting '" + name + "'");
                } else {
                    try {
                        Abstract.delItem(f.locals, PyStr.of(name));
                    } catch (PyException e) {
                        if (e.matches(PyExc.KeyError)) {
                            throw PyErr.nameError(name);
                        }
                        throw e;
                    }
                }
                return sp;
            }
            case Opcode.LOAD_CLASSDEREF: {
                String name = code.localsplusNames[arg];
                PyObject v = f.locals instanceof PyDict d ? d.getItem(name)
                        : f.locals != null ? mappingGet(f.locals, name) : null;
                if (v == null) {
                    v = ((PyCell) f.localsplus[arg]).ref;
                    if (v == null) {
                        throw unboundDeref(code, arg);
                    }
                }
                stack[sp++] = v;
                return sp;
            }
            case Opcode.UNPACK_EX:
                return unpackEx(stack, sp, arg);
            case Opcode.LOAD_BUILD_CLASS: {
                PyObject bc = f.builtins.getItem("__build_class__");
                if (bc == null) {
                    throw PyErr.of(PyExc.NameError, "__build_class__ not found");
                }
                stack[sp++] = bc;
                return sp;
            }
            case Opcode.LOAD_ASSERTION_ERROR:
                stack[sp++] = PyExc.AssertionError;
                return sp;
            case Opcode.SETUP_ANNOTATIONS:
                if (f.locals instanceof PyDict d) {
                    if (d.getItem("__annotations__") == null) {
                        d.setItem("__annotations__", new PyDict());
                    }
                } else if (f.locals != null && mappingGet(f.locals, "__annotations__") == null) {
                    Abstract.setItem(f.locals, PyStr.of("__annotations__"), new PyDict());
                }
                return sp;
            case Opcode.IMPORT_NAME: {
                PyObject fromlist = stack[--sp];
                PyObject level = stack[--sp];
                stack[sp] = stack[sp + 1] = null;
                stack[sp++] = ts.interp.importModule(code.co_names[arg], f.globals, fromlist,
                        ((PyInt) level).intValue());
                return sp;
            }
            case Opcode.IMPORT_FROM:
                stack[sp] = ts.interp.importer.importFrom(stack[sp - 1], code.co_names[arg]);
                return sp + 1;
            case Opcode.IMPORT_STAR: {
                PyObject mod = stack[--sp];
                stack[sp] = null;
                ts.interp.importer.importStar(mod, f.locals != null ? f.locals : f.globals);
                return sp;
            }
            case Opcode.GET_YIELD_FROM_ITER:
                if (!(stack[sp - 1] instanceof PyGenerator)) {
                    stack[sp - 1] = Abstract.iter(stack[sp - 1]);
                }
                return sp;
            case Opcode.SEND:
                return PyGenerator.sendInstruction(f, stack, sp);
            case Opcode.BEFORE_WITH:
                return beforeWith(stack, sp);
            case Opcode.WITH_EXCEPT_START: {
                PyObject val = stack[sp - 1];
                PyObject exit = stack[sp - 4];
                PyObject tb = val instanceof PyBaseException e && e.traceback != null ? e.traceback : PyNone.None;
                stack[sp++] = Abstract.call(exit, val.getType(), val, tb);
                return sp;
            }
            case Opcode.PRINT_EXPR: {
                PyObject v = stack[--sp];
                stack[sp] = null;
                ts.interp.displayHook(v);
                return sp;
            }
            default:
                throw new IllegalStateException("unknown opcode " + Opcode.name(op) + " (" + op + ")");
        }
    }

    private static int beforeWith(PyObject[] stack, int sp) {
        PyObject mgr = stack[sp - 1];
        PyType t = mgr.getType();
        PyObject enter = t.lookup("__enter__");
        if (enter == null) {
            throw PyErr.typeError("'%s' object does not support the context manager protocol", t.getName());
        }
        PyObject exit = t.lookup("__exit__");
        if (exit == null) {
            throw PyErr.typeError("'%s' object does not support the context manager protocol (missed __exit__ method)",
                    t.getName());
        }
        stack[sp - 1] = exit instanceof PyDescriptor d ? d.descrGet(mgr, t) : exit;
        stack[sp++] = Abstract.callSpecial(enter, mgr);
        return sp;
    }

    private static PyObject makeFunction(ThreadState ts, PyFrame f, PyObject[] stack, int sp, int flags) {
        Code c = (Code) stack[--sp];
        PyFunction fn = new PyFunction(ts.interp, c, f.globals, c.co_qualname);
        if ((flags & 8) != 0) {
            fn.closure = ((PyTuple) stack[--sp]).items();
        }
        if ((flags & 4) != 0) {
            PyObject ann = stack[--sp];
            if (ann instanceof PyTuple t) {
                PyDict d = new PyDict();
                for (int k = 0; k + 1 < t.size(); k += 2) {
                    d.setItem(t.get(k), t.get(k + 1));
                }
                ann = d;
            }
            fn.annotations = ann;
        }
        if ((flags & 2) != 0) {
            fn.kwdefaults = (PyDict) stack[--sp];
        }
        if ((flags & 1) != 0) {
            PyTuple d = (PyTuple) stack[--sp];
            fn.defaults = d.size() == 0 ? null : d.items();
        }
        return fn;
    }

    /** {@code ascii()} of a repr: non-ASCII characters as escapes. */
    static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.length(); ) {
            int c = s.codePointAt(k);
            k += Character.charCount(c);
            if (c < 128) {
                sb.append((char) c);
            } else if (c < 256) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return sb.toString();
    }
}
