package org.minipy.imports;

import org.minipy.objects.Abstract;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyList;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/**
 * {@code importlib.machinery.ModuleSpec}: what a finder found (name, loader, origin,
 * submodule_search_locations) and what the module's attributes are set from. {@code cached},
 * {@code parent} and {@code has_location} are computed as importlib's properties are.
 * cf. importlib._bootstrap.ModuleSpec.
 */
public final class ModuleSpec extends PyObject {
    public static final PyType TYPE = PyType.builtinInModule("ModuleSpec", "importlib.machinery", PyType.OBJECT, null);

    private final PyDict dict = new PyDict();
    /** The {@code _cached} slot: null until computed or set. */
    private PyObject cached;
    /** {@code _set_fileattr}: the origin is a file location (then __file__ is set from it). */
    boolean setFileattr;

    public ModuleSpec(PyObject name, PyObject loader, PyObject origin, PyObject submoduleSearchLocations) {
        dict.setItem("name", name);
        dict.setItem("loader", loader);
        dict.setItem("origin", origin);
        dict.setItem("loader_state", PyNone.None);
        dict.setItem("submodule_search_locations", submoduleSearchLocations);
    }

    static {
        TYPE.put("__dict__", org.minipy.objects.PyGetSetDescr.instanceDict(TYPE));
        // ModuleSpec(name, loader, *, origin=None, loader_state=None, is_package=None)
        TYPE.put("__new__", new org.minipy.objects.PyBuiltinFunction("__new__", (a, kw) -> {
            PyObject[] p = ArgParser.bind("ModuleSpec", java.util.Arrays.copyOfRange(a, 1, a.length), kw,
                    new String[] {"name", "loader", "origin", "loader_state", "is_package"}, 0, 2);
            PyObject isPkg = p[4] == null ? PyNone.None : p[4];
            ModuleSpec s = new ModuleSpec(p[0], p[1], p[2] == null ? PyNone.None : p[2],
                    Abstract.isTrue(isPkg) ? new PyList() : PyNone.None);
            if (p[3] != null) {
                s.dict.setItem("loader_state", p[3]);
            }
            return s;
        }));
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    public PyObject name() {
        return dict.getItem("name");
    }

    public PyObject loader() {
        PyObject l = dict.getItem("loader");
        return l == null ? PyNone.None : l;
    }

    public PyObject origin() {
        PyObject o = dict.getItem("origin");
        return o == null ? PyNone.None : o;
    }

    public PyObject submoduleSearchLocations() {
        PyObject o = dict.getItem("submodule_search_locations");
        return o == null ? PyNone.None : o;
    }

    /** {@code spec.cached}: from the origin when it is a file location. cf. _get_cached. */
    public PyObject cached() {
        if (cached == null) {
            PyObject origin = origin();
            if (origin instanceof PyStr o && setFileattr) {
                String c = CachePaths.cached(o.value(), BytecodeCache.TAG);
                cached = c == null ? PyNone.None : PyStr.of(c);
            } else {
                return PyNone.None;
            }
        }
        return cached;
    }

    /** {@code spec.parent}: the package the module lives in ("" for a top-level module). */
    public PyObject parent() {
        PyObject n = name();
        if (submoduleSearchLocations() == PyNone.None) {
            if (!(n instanceof PyStr s)) {
                throw org.minipy.objects.PyErr.attributeError("'%s' object has no attribute 'rpartition'",
                        n.getType().getName());
            }
            int dot = s.value().lastIndexOf('.');
            return PyStr.of(dot < 0 ? "" : s.value().substring(0, dot));
        }
        return n;
    }

    /** True while the module's code runs (for the "partially initialized module" message). */
    public boolean initializing() {
        PyObject v = dict.getItem("_initializing");
        return v != null && Abstract.isTrue(v);
    }

    @Override
    public PyObject getAttribute(String name) {
        switch (name) {
            case "cached":
                return cached();
            case "parent":
                return parent();
            case "has_location":
                return PyBool.of(setFileattr);
            default:
                return super.getAttribute(name);
        }
    }

    @Override
    public void setAttribute(String name, PyObject value) {
        switch (name) {
            case "cached":
                cached = value;
                return;
            case "has_location":
                setFileattr = Abstract.isTrue(value);
                return;
            default:
                super.setAttribute(name, value);
        }
    }

    @Override
    public PyStr repr() {
        StringBuilder sb = new StringBuilder("ModuleSpec(name=").append(Abstract.repr(name()).value())
                .append(", loader=").append(Abstract.repr(loader()).value());
        if (origin() != PyNone.None) {
            sb.append(", origin=").append(Abstract.repr(origin()).value());
        }
        if (submoduleSearchLocations() != PyNone.None) {
            sb.append(", submodule_search_locations=").append(Abstract.str(submoduleSearchLocations()).value());
        }
        return PyStr.of(sb.append(')').toString());
    }
}
