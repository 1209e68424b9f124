package org.minipy.objects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in subclasses of each built-in type ({@code int}: {@code bool};
 * {@code Exception}: ArithmeticError, ...), the first part of a built-in type's
 * {@code __subclasses__()}. An immutable table made once, on first use, from the types of this
 * package; exceptions are listed by name, the order CPython registers them in.
 */
final class StaticSubclasses {
    private StaticSubclasses() {
    }

    private static final Map<PyType, List<PyType>> TABLE = build();

    static List<PyType> of(PyType base) {
        return TABLE.getOrDefault(base, List.of());
    }

    private static Map<PyType, List<PyType>> build() {
        List<PyType> types = new ArrayList<>(List.of(
                PyType.TYPE, PyBool.TYPE, PyBuiltinFunction.TYPE, PyBytes.TYPE, PyClassMethod.TYPE,
                PyClassMethodDescr.TYPE, UnsupportedTypes.COMPLEX, UnsupportedTypes.BYTEARRAY,
                UnsupportedTypes.MEMORYVIEW, PyDictView.ITEMS_TYPE, PyDictView.KEYS_TYPE, PyDictView.VALUES_TYPE,
                PyMappingProxy.TYPE, PyDict.TYPE, PyEllipsis.TYPE, PyEnumerate.TYPE, PyFilter.TYPE, PyFloat.TYPE,
                PySet.FROZENSET_TYPE, PyGetSetDescr.TYPE, PyInt.TYPE, PyList.TYPE, PyMap.TYPE, PyMemberDescr.TYPE,
                PyMethodDescr.TYPE, PyModule.TYPE, PyNone.TYPE, PyNotImplemented.TYPE, PyProperty.TYPE,
                PyRange.TYPE, PyReversed.TYPE, PySet.TYPE, PySlice.TYPE, PyStaticMethod.TYPE, PyStr.TYPE,
                PySuper.TYPE, PyTuple.TYPE, PyZip.TYPE));
        List<PyType> exceptions = new ArrayList<>(PyExc.all().values());
        exceptions.sort(Comparator.comparing(PyType::getName));
        types.addAll(exceptions);
        Map<PyType, List<PyType>> table = new IdentityHashMap<>();
        for (PyType t : types) {
            for (PyType b : t.getBases()) {
                table.computeIfAbsent(b, k -> new ArrayList<>()).add(t);
            }
        }
        table.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(table);
    }
}
