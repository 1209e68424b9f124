package org.minipy.imports.modules;

import org.minipy.code.Marshal;
import org.minipy.modules.ModuleDefs;
import org.minipy.objects.ArgParser;
import org.minipy.objects.PyBytes;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyModule;

/** {@code marshal}: dumps/loads of code objects and constants in minipy's format (code.Marshal). */
public final class MarshalModule {
    private MarshalModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("marshal");
        m.getDict().setItem("version", PyInt.of(Marshal.VERSION));
        ModuleDefs.def(m, "dumps", (a, kw) -> {
            ArgParser.checkCount("dumps", a, kw, 1, 2);
            return PyBytes.of(Marshal.dumps(a[0]));
        });
        ModuleDefs.def(m, "loads", (a, kw) -> {
            ArgParser.checkCount("loads", a, kw, 1, 1);
            if (!(a[0] instanceof PyBytes b)) {
                throw PyErr.typeError("a bytes-like object is required, not '%s'", a[0].getType().getName());
            }
            return Marshal.loads(b.data());
        });
        return m;
    }
}
