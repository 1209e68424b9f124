package org.minipy.objects;

/** A read-only view of a dict ({@code cls.__dict__}): reading methods only, no mutation. */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy.class);

    private final PyDict dict;

    public PyMappingProxy(PyDict dict) {
        this.dict = dict;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject getItem(PyObject key) {
        return dict.getItem(key);
    }

    @Override
    public int length() {
        return dict.length();
    }

    @Override
    public Boolean contains(PyObject item) {
        return dict.contains(item);
    }

    @Override
    public PyObject iter() {
        return dict.iter();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        return Abstract.richCompare(dict, other instanceof PyMappingProxy p ? p.dict : other, op);
    }

    @Override
    public PyStr repr() {
        return PyStr.of("mappingproxy(" + Abstract.repr(dict).value() + ")");
    }

    private static PyDict dictOf(PyObject[] a) {
        return ((PyMappingProxy) a[0]).dict;
    }

    static {
        Sequences.sequenceSlots(TYPE);
        TYPE.def("keys", (a, kw) -> new PyDictView(dictOf(a), PyDictView.KEYS));
        TYPE.def("values", (a, kw) -> new PyDictView(dictOf(a), PyDictView.VALUES));
        TYPE.def("items", (a, kw) -> new PyDictView(dictOf(a), PyDictView.ITEMS));
        TYPE.def("copy", (a, kw) -> dictOf(a).copy());
        TYPE.def("get", (a, kw) -> {
            Sequences.methodArgs("mappingproxy.get", a, kw, 1, 2);
            PyObject v = dictOf(a).getItemOrNull(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.None;
        });
        TYPE.def("__reversed__", (a, kw) -> new PyDictIter(dictOf(a), PyDictIter.KEYS, true));
    }
}
