package org.minipy.modules;

import org.minipy.code.Code;
import org.minipy.objects.PyBuiltinFunction;
import org.minipy.objects.PyMethodDescr;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyType;
import org.minipy.vm.Runtime;

/** A minimal {@code types} module: the types of functions, modules, code objects; SimpleNamespace. */
public final class TypesModule {
    private TypesModule() {
    }

    public static PyModule create(Runtime rt) {
        PyModule m = new PyModule("types");
        m.getDict().setItem("SimpleNamespace", PySimpleNamespace.TYPE);
        m.getDict().setItem("ModuleType", PyModule.TYPE);
        m.getDict().setItem("CodeType", Code.TYPE);
        m.getDict().setItem("BuiltinFunctionType", PyBuiltinFunction.TYPE);
        m.getDict().setItem("BuiltinMethodType", PyBuiltinFunction.TYPE);
        m.getDict().setItem("MethodDescriptorType", PyMethodDescr.TYPE);
        m.getDict().setItem("NoneType", PyNone.TYPE);
        PyType f = rt == null ? null : rt.functionType();
        if (f != null) {
            m.getDict().setItem("FunctionType", f);
            m.getDict().setItem("LambdaType", f);
        }
        return m;
    }
}
