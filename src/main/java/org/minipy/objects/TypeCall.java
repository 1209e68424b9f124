package org.minipy.objects;

import java.util.Arrays;

/** Calling a type to make an instance: {@code __new__}, then {@code __init__} (CPython's {@code type_call}). */
final class TypeCall {
    private TypeCall() {
    }

    static PyObject call(PyType type, PyObject[] args, String[] kwnames) {
        PyObject newf = type.lookup("__new__");
        PyObject obj;
        if (newf == ObjectMethods.OBJECT_NEW) {
            ObjectMethods.checkNewArgs(type, args);
            obj = type.allocate();
        } else {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = type;
            System.arraycopy(args, 0, full, 1, args.length);
            PyObject f = newf instanceof PyStaticMethodLike s ? s.function() : newf;
            obj = Abstract.call(f, full, kwnames);
        }
        if (!obj.getType().isSubtypeOf(type)) {
            return obj;
        }
        PyObject init = obj.getType().lookup("__init__");
        PyObject r;
        if (init instanceof PyMethodDescr d) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = obj;
            System.arraycopy(args, 0, full, 1, args.length);
            r = d.impl().call(full, kwnames);
        } else if (init instanceof MethodLike m) {
            r = m.callWithSelf(obj, args, kwnames);
        } else {
            PyObject bound = init instanceof PyDescriptor d ? d.descrGet(obj, obj.getType()) : init;
            r = Abstract.call(bound, args, kwnames);
        }
        if (r != PyNone.None) {
            throw PyErr.typeError("__init__() should return None, not '%s'", r.getType().getName());
        }
        return obj;
    }

    static PyObject[] tail(PyObject[] a) {
        return Arrays.copyOfRange(a, 1, a.length);
    }
}
