package org.chaosbench.runs.ingest.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** repr(float) cases checked by hand against CPython 3.11. */
class PyFloatTest {

    @ParameterizedTest(name = "repr({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "1.0                    | 1.0",
        "0.0                    | 0.0",
        "-0.0                   | -0.0",
        "0.625                  | 0.625",
        "0.7114171109915375     | 0.7114171109915375",
        "1e-5                   | 1e-05",
        "0.0001                 | 0.0001",
        "9.999999999999999e-5   | 9.999999999999999e-05",
        "2.3939999778122e-06    | 2.3939999778122e-06",
        "1e16                   | 1e+16",
        "9999999999999998.0     | 9999999999999998.0",
        "123456789012345678     | 1.2345678901234568e+17",
        "1.5e300                | 1.5e+300",
        "1e22                   | 1e+22",
        "1e23                   | 1e+23",
        "2e23                   | 2e+23",
        "8.41e21                | 8.41e+21",
        "5e-324                 | 5e-324",
        "-5e-324                | -5e-324",
        "2.2250738585072014e-308| 2.2250738585072014e-308",
        "1.7976931348623157e308 | 1.7976931348623157e+308",
        "0.1                    | 0.1",
        "0.30000000000000004    | 0.30000000000000004",
        "100.0                  | 100.0",
        "123.456                | 123.456",
        "-1234.5                | -1234.5",
        "0.001                  | 0.001",
        "2.0e-3                 | 0.002",
        "1125899906842624.25    | 1125899906842624.2",
        "1125899906842624.75    | 1125899906842624.8",
        "2.363e21               | 2.363e+21",
        "2.3629999999999997e21  | 2.3629999999999997e+21",
        "Infinity               | inf",
        "-Infinity              | -inf",
        "NaN                    | nan",
    })
    void reprMatchesCPython(double x, String expected) {
        assertThat(PyFloat.repr(x)).isEqualTo(expected);
    }
}
