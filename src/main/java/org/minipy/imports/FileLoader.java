package org.minipy.imports;

import org.minipy.objects.Abstract;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyException;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/**
 * {@code SourceFileLoader} and {@code SourcelessFileLoader}: a loader bound to one module name
 * and one file path, belonging to one interpreter's import system.
 * cf. importlib._bootstrap_external.FileLoader, SourceLoader.
 */
public final class FileLoader extends PyObject {
    public static final PyType SOURCE_TYPE =
            PyType.builtinInModule("SourceFileLoader", "importlib.machinery", PyType.OBJECT, null);
    public static final PyType SOURCELESS_TYPE =
            PyType.builtinInModule("SourcelessFileLoader", "importlib.machinery", PyType.OBJECT, null);

    private final PyType type;
    private final PyDict dict = new PyDict();
    final ImportSystem system;

    FileLoader(boolean sourceless, ImportSystem system, PyObject name, PyObject path) {
        this.type = sourceless ? SOURCELESS_TYPE : SOURCE_TYPE;
        this.system = system;
        dict.setItem("name", name);
        dict.setItem("path", path);
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    public PyObject name() {
        return dict.getItem("name");
    }

    public PyObject path() {
        return dict.getItem("path");
    }

    private static FileLoader self(PyObject o) {
        if (o instanceof FileLoader l) {
            return l;
        }
        throw PyErr.typeError("descriptor requires a loader, not '%s'", o.getType().getName());
    }

    /** {@code _check_name}: a loader only handles its own module. */
    PyObject checkName(PyObject name) {
        if (name == null || name == PyNone.None) {
            return name();
        }
        if (!Abstract.eq(name(), name)) {
            PyException e = PyErr.importError("loader for %s cannot handle %s", Abstract.str(name()).value(),
                    Abstract.str(name).value());
            e.value.setAttr("name", name);
            throw e;
        }
        return name;
    }

    /** {@code FileLoader.is_package}: the file is an {@code __init__} module. */
    boolean isPackage(PyObject fullname) {
        if (!(fullname instanceof PyStr n)) {
            throw PyErr.attributeError("'%s' object has no attribute 'rpartition'", fullname.getType().getName());
        }
        checkName(fullname);
        String file = CachePaths.split(Abstract.str(path()).value())[1];
        int dot = file.lastIndexOf('.');
        String base = dot < 0 ? file : file.substring(0, dot);
        String tail = n.value().substring(n.value().lastIndexOf('.') + 1);
        return base.equals("__init__") && !tail.equals("__init__");
    }

    private static void defAll(PyType t) {
        t.def("get_filename", (a, kw) -> {
            FileLoader l = self(a[0]);
            l.checkName(a.length > 1 ? a[1] : null);
            return l.path();
        });
        t.def("is_package", (a, kw) -> {
            org.minipy.objects.ArgParser.checkCount("is_package", a, kw, 2, 2);
            return PyBool.of(self(a[0]).isPackage(a[1]));
        });
        t.def("create_module", (a, kw) -> PyNone.None);
        t.def("get_data", (a, kw) -> {
            org.minipy.objects.ArgParser.checkCount("get_data", a, kw, 2, 2);
            return org.minipy.objects.PyBytes.of(self(a[0]).system.readBytes(Abstract.str(a[1]).value()));
        });
        t.def("exec_module", (a, kw) -> {
            org.minipy.objects.ArgParser.checkCount("exec_module", a, kw, 2, 2);
            self(a[0]).checkName(Abstract.getAttr(a[1], "__name__"));
            self(a[0]).system.execModule(self(a[0]), a[1]);
            return PyNone.None;
        });
        t.def("get_code", (a, kw) -> {
            FileLoader l = self(a[0]);
            l.checkName(a.length > 1 ? a[1] : null);
            return l.system.codeOf(l);
        });
        t.def("get_source", (a, kw) -> {
            FileLoader l = self(a[0]);
            l.checkName(a.length > 1 ? a[1] : null);
            return l.type == SOURCELESS_TYPE ? PyNone.None : PyStr.of(l.system.readSource(Abstract.str(l.path()).value()));
        });
    }

    static {
        SOURCE_TYPE.put("__dict__", org.minipy.objects.PyGetSetDescr.instanceDict(SOURCE_TYPE));
        SOURCELESS_TYPE.put("__dict__", org.minipy.objects.PyGetSetDescr.instanceDict(SOURCELESS_TYPE));
        defAll(SOURCE_TYPE);
        defAll(SOURCELESS_TYPE);
    }
}
