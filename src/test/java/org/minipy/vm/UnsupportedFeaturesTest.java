package org.minipy.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.minipy.Interpreter;
import org.minipy.objects.Abstract;
import org.minipy.objects.PyException;
import org.minipy.objects.PyExc;

/**
 * What LANGUAGE.md puts out of scope fails with an error that names the feature, not with a
 * NameError or a silently different result (the syntax ones are in the parser's tests).
 */
class UnsupportedFeaturesTest {
    private static void unsupported(String source, String message) {
        try (Interpreter py = Interpreter.builder().build()) {
            PyException e = assertThrows(PyException.class, () -> py.exec(source), source);
            assertEquals(PyExc.NotImplementedError, e.value.getType(), source);
            assertEquals(message, Abstract.str(e.value).value(), source);
        }
    }

    @Test
    void metaclassesSlotsAndMissingTypes() {
        unsupported("class M(type):\n    pass\n", "metaclasses other than type are not supported");
        unsupported("class A:\n    __slots__ = ('a',)\n", "__slots__ is not supported by minipy");
        unsupported("complex(1, 2)", "complex numbers are not supported by minipy");
        unsupported("bytearray(b'x')", "bytearray is not supported by minipy");
        unsupported("memoryview(b'x')", "memoryview is not supported by minipy");
    }

    @Test
    void theTypesStillAnswerIsinstance() {
        try (Interpreter py = Interpreter.builder().build()) {
            assertEquals("False", Abstract.str(py.eval("isinstance(1.5, complex) or isinstance(b'', bytearray)")).value());
        }
    }
}
