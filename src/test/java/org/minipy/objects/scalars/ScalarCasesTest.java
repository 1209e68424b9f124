package org.minipy.objects.scalars;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The python3-generated tables for int, float, bool, str and bytes. */
class ScalarCasesTest {
    @TestFactory
    List<DynamicTest> intCases() throws IOException {
        return ScalarTable.load("int_cases.tsv");
    }

    @TestFactory
    List<DynamicTest> floatCases() throws IOException {
        return ScalarTable.load("float_cases.tsv");
    }

    @TestFactory
    List<DynamicTest> strCases() throws IOException {
        return ScalarTable.load("str_cases.tsv");
    }

    @TestFactory
    List<DynamicTest> formatCases() throws IOException {
        return ScalarTable.load("format_cases.tsv");
    }

    @TestFactory
    List<DynamicTest> bytesCases() throws IOException {
        return ScalarTable.load("bytes_cases.tsv");
    }
}
