package org.minipy.builtins;

import java.util.Map;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyClassMethod;
import org.minipy.objects.PyDict;
import org.minipy.objects.PyEllipsis;
import org.minipy.objects.PyEnumerate;
import org.minipy.objects.PyFilter;
import org.minipy.objects.PyMap;
import org.minipy.objects.PyRange;
import org.minipy.objects.PyReversed;
import org.minipy.objects.PySet;
import org.minipy.objects.PySlice;
import org.minipy.objects.PyZip;
import org.minipy.objects.UnsupportedTypes;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyList;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyNotImplemented;
import org.minipy.objects.PyProperty;
import org.minipy.objects.PyStaticMethod;
import org.minipy.objects.PyStr;
import org.minipy.objects.PySuper;
import org.minipy.objects.PyTuple;
import org.minipy.objects.PyType;
import org.minipy.vm.Runtime;

/**
 * Creates the {@code builtins} module of one interpreter: the built-in types bound to their
 * names, the exception types, and the built-in functions (grouped in {@link ObjectBuiltins},
 * {@link NumberBuiltins}, {@link IterBuiltins}, {@link RuntimeBuiltins}). The VM adds
 * {@code __build_class__}.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {
    }

    /** A new builtins module whose functions use {@code rt} (for print, exec, super, ...). */
    public static PyModule create(Runtime rt) {
        PyModule m = new PyModule("builtins");
        PyDict ns = m.getDict();
        ns.setItem("__doc__", PyStr.of("Built-in functions, types, exceptions, and other objects."));
        ns.setItem("None", PyNone.None);
        ns.setItem("True", PyBool.True);
        ns.setItem("False", PyBool.False);
        ns.setItem("Ellipsis", PyEllipsis.Ellipsis);
        ns.setItem("NotImplemented", PyNotImplemented.NotImplemented);
        ns.setItem("__debug__", PyBool.True);
        bindTypes(ns);
        ns.setItem("super", PySuper.typeFor(rt::superArgs));
        for (Map.Entry<String, PyType> e : PyExc.all().entrySet()) {
            ns.setItem(e.getKey(), e.getValue());
        }
        ns.setItem("IOError", PyExc.OSError);
        ns.setItem("EnvironmentError", PyExc.OSError);
        ObjectBuiltins.install(ns);
        NumberBuiltins.install(ns);
        IterBuiltins.install(ns);
        RuntimeBuiltins.install(ns, rt);
        return m;
    }

    private static void bindTypes(PyDict ns) {
        PyType[] types = {
            PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE, PyBytes.TYPE,
            PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZENSET_TYPE, PyRange.TYPE, PySlice.TYPE,
            PyEnumerate.TYPE, PyZip.TYPE, PyMap.TYPE, PyFilter.TYPE, PyReversed.TYPE,
            PyProperty.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE,
            UnsupportedTypes.COMPLEX, UnsupportedTypes.BYTEARRAY, UnsupportedTypes.MEMORYVIEW,
        };
        for (PyType t : types) {
            ns.setItem(t.getName(), t);
        }
    }
}
