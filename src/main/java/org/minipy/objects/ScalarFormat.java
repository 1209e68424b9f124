package org.minipy.objects;

import org.minipy.objects.num.FormatError;
import org.minipy.objects.num.FormatSpec;
import org.minipy.objects.num.NumberFormat;

/**
 * {@code __format__} of int, float and str: the bridge to the format mini-language in
 * {@code objects.num}, turning its {@link FormatError} into ValueError or OverflowError.
 */
final class ScalarFormat {
    private ScalarFormat() {
    }

    static PyException error(FormatError e) {
        return e.isOverflow() ? PyErr.overflowError("%s", e.getMessage()) : PyErr.valueError("%s", e.getMessage());
    }

    static String formatInt(PyInt i, String spec) {
        if (spec.isEmpty()) {
            return IntOps.toDecimalString(i);
        }
        String typeName = i.getType().getName();
        try {
            FormatSpec fs = FormatSpec.parse(spec, FormatSpec.INT_DEFAULT, typeName);
            return i.isBig() ? NumberFormat.formatInt(i.bigValue(), fs, typeName)
                    : NumberFormat.formatInt(i.value, fs, typeName);
        } catch (FormatError e) {
            throw error(e);
        }
    }

    static String formatFloat(double d, String spec) {
        if (spec.isEmpty()) {
            return PyFloat.repr(d);
        }
        try {
            return NumberFormat.formatFloat(d, FormatSpec.parse(spec, FormatSpec.FLOAT_DEFAULT, "float"), "float");
        } catch (FormatError e) {
            throw error(e);
        }
    }

    static String formatStr(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        try {
            return NumberFormat.formatString(s, FormatSpec.parse(spec, FormatSpec.STR_DEFAULT, "str"));
        } catch (FormatError e) {
            throw error(e);
        }
    }
}
