package org.minipy.objects;

import org.minipy.objects.num.FloatRepr;

/**
 * {@code __format__} of int, float and str: the bridge to the format mini-language
 * implementation in {@code objects.num}.
 */
final class ScalarFormat {
    private ScalarFormat() {
    }

    static String formatInt(PyInt i, String spec) {
        if (spec.isEmpty()) {
            return Abstract.str(i).value();
        }
        throw PyErr.notImplementedError("format spec for int not yet supported: %s", spec);
    }

    static String formatFloat(double d, String spec) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(d);
        }
        throw PyErr.notImplementedError("format spec for float not yet supported: %s", spec);
    }

    static String formatStr(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        throw PyErr.notImplementedError("format spec for str not yet supported: %s", spec);
    }
}
