package org.minipy.jsr223;

import org.minipy.Interpreter;
import org.minipy.objects.PyBool;
import org.minipy.objects.PyFloat;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyNone;
import org.minipy.objects.PyObject;
import org.minipy.objects.PyStr;

/** Values crossing between Java and Python in the scripting API. */
final class Conversions {
    private Conversions() {
    }

    /**
     * Python to Java: None -> null, bool -> Boolean, int -> Integer (Long, BigInteger when
     * larger), float -> Double, str -> String; anything else stays a {@link PyObject}.
     */
    static Object toJava(PyObject o) {
        if (o == null || o == PyNone.None) {
            return null;
        }
        if (o instanceof PyBool b) {
            return b == PyBool.True;
        }
        if (o.getClass() == PyInt.class) {
            PyInt i = (PyInt) o;
            if (i.isBig()) {
                return i.bigValue();
            }
            if (i.value == (int) i.value) {
                return Integer.valueOf((int) i.value); // not a ?: (it would widen to Long)
            }
            return Long.valueOf(i.value);
        }
        if (o.getClass() == PyFloat.class) {
            return ((PyFloat) o).value;
        }
        if (o.getClass() == PyStr.class) {
            return ((PyStr) o).value();
        }
        return o;
    }

    /** Java to Python ({@link Interpreter#toPython}); null for a Java object with no Python form. */
    static PyObject toPythonOrNull(Object o) {
        try {
            return Interpreter.toPython(o);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
