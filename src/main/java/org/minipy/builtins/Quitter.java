package org.minipy.builtins;

import org.minipy.objects.ArgParser;
import org.minipy.objects.PyErr;
import org.minipy.objects.PyExc;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;
import org.minipy.objects.PyType;

/** {@code exit} and {@code quit} ({@code _sitebuiltins.Quitter}): calling raises SystemExit. */
final class Quitter extends PyObject {
    static final PyType TYPE = PyType.builtinInModule("Quitter", "_sitebuiltins", PyType.OBJECT, null);

    static {
        TYPE.slot("__call__", (a, kw) -> a[0].call(java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        TYPE.slot("__repr__", (a, kw) -> a[0].repr());
    }

    private final String name;

    Quitter(String name) {
        this.name = name;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords(name, kwnames);
        if (args.length > 1) {
            throw PyErr.typeError("Quitter.__call__() takes from 1 to 2 positional arguments but %d were given",
                    args.length + 1);
        }
        throw PyErr.withArgs(PyExc.SystemExit, args.length == 0 ? PyNone.None : args[0]);
    }

    @Override
    public PyStr repr() {
        return PyStr.of("Use " + name + "() or Ctrl-D (i.e. EOF) to exit");
    }
}
