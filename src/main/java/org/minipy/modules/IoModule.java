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
        m.getDict().setItem("BufferedRandom", PyBinaryFile.RANDOM);
        m.getDict().setItem("FileIO", org.minipy.modules.io.PyRawFile.TYPE);
        m.getDict().setItem("DEFAULT_BUFFER_SIZE", org.minipy.objects.PyInt.of(8192));
        m.getDict().setItem("SEEK_SET", org.minipy.objects.PyInt.of(0));
        m.getDict().setItem("SEEK_CUR", org.minipy.objects.PyInt.of(1));
        m.getDict().setItem("SEEK_END", org.minipy.objects.PyInt.of(2));
        m.getDict().setItem("UnsupportedOperation", IOErrors.UnsupportedOperation);
        m.getDict().setItem("IOError", PyExc.OSError);
        ModuleDefs.def(m, "open", (a, kw) -> FileOpener.open(rt.workingDirectory(), a, kw));
        return m;
    }
}
