package org.minipy.modules;

import org.minipy.modules.io.FileOpener;
import org.minipy.modules.io.IOErrors;
import org.minipy.modules.io.PyBinaryFile;
import org.minipy.modules.io.PyStringIO;
import org.minipy.modules.io.PyTextIO;
import org.minipy.objects.PyModule;
import org.minipy.objects.PyExc;
import org.minipy.vm.Runtime;

/** A small {@code io} module: StringIO, open, the file types and UnsupportedOperation. */
public final class IoModule {
    private IoModule() {
    }

    public static PyModule create(Runtime rt) {
        PyModule m = new PyModule("io");
        m.getDict().setItem("StringIO", PyStringIO.TYPE);
        m.getDict().setItem("TextIOWrapper", PyTextIO.TYPE);
        m.getDict().setItem("BufferedReader", PyBinaryFile.READER);
        m.getDict().setItem("BufferedWriter", PyBinaryFile.WRITER);
        m.getDict().setItem("UnsupportedOperation", IOErrors.UnsupportedOperation);
        m.getDict().setItem("IOError", PyExc.OSError);
        ModuleDefs.def(m, "open", (a, kw) -> FileOpener.open(rt.workingDirectory(), a, kw));
        return m;
    }
}
