package org.minipy.modules;

import org.minipy.code.Code;
import org.minipy.objects.PyBuiltinFunction;
import org.minipy.objects.PyMethodDescr;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyNone;
import org.minipy.vm.PyCell;
import org.minipy.vm.PyFrame;
import org.minipy.vm.PyFunction;
import org.minipy.vm.PyGenerator;
import org.minipy.vm.PyMethod;
import org.minipy.vm.PyTraceback;
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
        m.getDict().setItem("FunctionType", PyFunction.TYPE);
        m.getDict().setItem("LambdaType", PyFunction.TYPE);
        m.getDict().setItem("MethodType", PyMethod.TYPE);
        m.getDict().setItem("GeneratorType", PyGenerator.TYPE);
        m.getDict().setItem("FrameType", PyFrame.TYPE);
        m.getDict().setItem("TracebackType", PyTraceback.TYPE);
        m.getDict().setItem("CellType", PyCell.TYPE);
        return m;
    }
}
