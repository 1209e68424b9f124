package org.minipy.builtins;

import static org.minipy.builtins.Args.def;

import java.util.ArrayList;
import java.util.List;
import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/** Built-ins about objects in general: attributes, identity, types, repr, chr/ord, format. */
final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    /** Java classes that implement {@code call} (so their instances are callable). */
    private static final ClassValue<Boolean> CALLABLE_CLASS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            try {
                return c.getMethod("call", PyObject[].class, String[].class).getDeclaringClass() != PyObject.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    static boolean isCallable(PyObject o) {
        PyType t = o.getType();
        if (t.isHeap()) {
            return t.lookup("__call__") != null;
        }
        return CALLABLE_CLASS.get(o.getClass()) || t.lookup("__call__") != null;
    }

    static void install(PyDict ns) {
        def(ns, "getattr", (a, kw) -> {
            Args.positional("getattr", a, kw, 2, 3);
            String name = ArgParser.attrName(a[1]);
            if (a.length == 3) {
                PyObject v = Abstract.lookupAttr(a[0], name);
                return v != null ? v : a[2];
            }
            return Abstract.getAttr(a[0], name);
        });
        def(ns, "setattr", (a, kw) -> {
            Args.positional("setattr", a, kw, 3, 3);
            Abstract.setAttr(a[0], ArgParser.attrName(a[1]), a[2]);
            return PyNone.None;
        });
        def(ns, "delattr", (a, kw) -> {
            Args.positional("delattr", a, kw, 2, 2);
            Abstract.delAttr(a[0], ArgParser.attrName(a[1]));
            return PyNone.None;
        });
        def(ns, "hasattr", (a, kw) -> {
            Args.positional("hasattr", a, kw, 2, 2);
            return PyBool.of(Abstract.lookupAttr(a[0], ArgParser.attrName(a[1])) != null);
        });
        def(ns, "callable", (a, kw) -> PyBool.of(isCallable(Args.one("callable", a, kw))));
        def(ns, "id", (a, kw) -> PyInt.of(Abstract.id(Args.one("id", a, kw))));
        def(ns, "hash", (a, kw) -> PyInt.of(Abstract.hash(Args.one("hash", a, kw))));
        def(ns, "len", (a, kw) -> {
            PyObject o = Args.one("len", a, kw);
            // a range's length can exceed a Java int while still being a valid Py_ssize_t
            if (o instanceof org.minipy.objects.PyRange r && !o.getType().isHeap()) {
                PyInt n = r.lengthObject();
                if (n.isBig()) {
                    throw PyErr.overflowError("Python int too large to convert to C ssize_t");
                }
                return n;
            }
            return PyInt.of(Abstract.len(o));
        });
        def(ns, "repr", (a, kw) -> Abstract.repr(Args.one("repr", a, kw)));
        def(ns, "ascii", (a, kw) -> PyStr.of(ascii(Abstract.repr(Args.one("ascii", a, kw)).value())));
        def(ns, "isinstance", (a, kw) -> {
            Args.positional("isinstance", a, kw, 2, 2);
            return PyBool.of(isInstance(a[0], a[1]));
        });
        def(ns, "issubclass", (a, kw) -> {
            Args.positional("issubclass", a, kw, 2, 2);
            return PyBool.of(Abstract.isSubclass(a[0], a[1]));
        });
        def(ns, "chr", (a, kw) -> {
            PyInt i = Abstract.index(Args.one("chr", a, kw));
            if (!i.fitsInt()) {
                throw PyErr.overflowError("Python int too large to convert to C int");
            }
            int c = i.intValue();
            if (c < 0 || c > 0x10ffff) {
                throw PyErr.valueError("chr() arg not in range(0x110000)");
            }
            return PyStr.of(new String(Character.toChars(c)));
        });
        def(ns, "ord", (a, kw) -> ord(Args.one("ord", a, kw)));
        def(ns, "format", (a, kw) -> {
            PyObject[] p = ArgParser.bind("format", a, kw, new String[] {"value", "format_spec"}, 2, 0);
            if (p[0] == null) {
                throw PyErr.typeError("format expected at least 1 argument, got 0");
            }
            String spec = "";
            if (p[1] != null) {
                if (!(p[1] instanceof PyStr s)) {
                    throw PyErr.typeError("format() argument 2 must be str, not %s", p[1].getType().getName());
                }
                spec = s.value();
            }
            return Abstract.format(p[0], spec);
        });
    }

    /** isinstance honouring {@code __instancecheck__} only through the built-in rules. */
    static boolean isInstance(PyObject o, PyObject cls) {
        if (cls instanceof PyType t) {
            if (o.getType().isSubtypeOf(t)) {
                return true;
            }
            // An object may claim another class through __class__ (as CPython's recursive check).
            PyObject c = o.getType().isHeap() ? Abstract.lookupAttr(o, "__class__") : null;
            return c instanceof PyType ct && ct != o.getType() && ct.isSubtypeOf(t);
        }
        return Abstract.isInstance(o, cls);
    }

    static PyObject ord(PyObject c) {
        if (c instanceof PyStr s) {
            String v = s.value();
            int n = v.codePointCount(0, v.length());
            if (n != 1) {
                throw PyErr.typeError("ord() expected a character, but string of length %d found", n);
            }
            return PyInt.of(v.codePointAt(0));
        }
        if (c instanceof PyBytes b) {
            if (b.data().length != 1) {
                throw PyErr.typeError("ord() expected a character, but string of length %d found", b.data().length);
            }
            return PyInt.of(b.data()[0] & 0xff);
        }
        throw PyErr.typeError("ord() expected string of length 1, but %s found", c.getType().getName());
    }

    /** The repr with non-ASCII characters escaped, as {@code ascii()}. */
    static String ascii(String r) {
        StringBuilder sb = null;
        for (int i = 0; i < r.length(); ) {
            int c = r.codePointAt(i);
            int n = Character.charCount(c);
            if (c >= 0x80) {
                if (sb == null) {
                    sb = new StringBuilder(r.length() + 16).append(r, 0, i);
                }
                if (c <= 0xff) {
                    sb.append(String.format("\\x%02x", c));
                } else if (c <= 0xffff) {
                    sb.append(String.format("\\u%04x", c));
                } else {
                    sb.append(String.format("\\U%08x", c));
                }
            } else if (sb != null) {
                sb.append((char) c);
            }
            i += n;
        }
        return sb == null ? r : sb.toString();
    }

    /** {@code dir(obj)}: {@code __dir__} (a class's own, or object's), sorted. */
    static PyList dir(PyObject o) {
        List<PyObject> names = new ArrayList<>();
        if (o instanceof PyModule m) {
            addKeys(names, m.getDict());
        } else if (o instanceof PyType t) {
            for (PyType c : t.getMro()) {
                addKeys(names, c.getDict());
            }
            names = new ArrayList<>(new java.util.LinkedHashSet<>(names));
        } else {
            PyObject d = o.getType().lookup("__dir__");
            if (d == null) {
                throw PyErr.typeError("object does not provide __dir__");
            }
            PyObject it = Abstract.iter(Abstract.callSpecial(d, o));
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                names.add(x);
            }
        }
        return sortedStrings(names);
    }

    static void addKeys(List<PyObject> names, PyDict d) {
        PyObject it = Abstract.iter(d);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            names.add(k);
        }
    }

    static PyList sortedStrings(List<PyObject> names) {
        List<PyObject> copy = new ArrayList<>(names);
        boolean allStr = copy.stream().allMatch(x -> x instanceof PyStr);
        if (allStr) {
            copy.sort((x, y) -> ((PyStr) x).value().compareTo(((PyStr) y).value()));
        } else {
            PyList l = new PyList(copy.toArray(new PyObject[0]));
            Abstract.callMethod(l, "sort");
            return l;
        }
        return new PyList(copy.toArray(new PyObject[0]));
    }
}
