package org.minipy.modules;

import java.util.List;
import org.minipy.objects.PyModule;
import org.minipy.vm.Runtime;

/** Creates the {@code sys} module of one interpreter. */
public final class SysModule {
    private SysModule() {
    }

    /**
     * A new sys module. {@code stdout}/{@code stderr}/{@code stdin} are the Python file objects
     * to install as sys.stdout etc.; {@code modules} is the interpreter's sys.modules.
     */
    public static PyModule create(Runtime rt, List<String> argv, List<String> path,
                                  org.minipy.objects.PyObject stdout, org.minipy.objects.PyObject stderr,
                                  org.minipy.objects.PyObject stdin, org.minipy.objects.PyDict modules) {
        PyModule m = new PyModule("sys");
        return m;
    }
}
