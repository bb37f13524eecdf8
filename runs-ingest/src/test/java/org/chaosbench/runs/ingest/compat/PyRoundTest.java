package org.chaosbench.runs.ingest.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** round(), '.Nf', '.N%' and ',' cases checked by hand against CPython 3.11. */
class PyRoundTest {

    @ParameterizedTest(name = "round({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "2.675      | 2  | 2.67",
        "0.125      | 2  | 0.12",
        "0.375      | 2  | 0.38",
        "2.5        | 0  | 2.0",
        "3.5        | 0  | 4.0",
        "0.5        | 0  | 0.0",
        "-0.5       | 0  | -0.0",
        "-0.001     | 2  | -0.0",
        "-4e-05     | 4  | -0.0",
        "-0.0       | 2  | -0.0",
        "0.00015    | 4  | 0.0001",
        "0.00025    | 4  | 0.0003",
        "0.7114171109915375 | 4 | 0.7114",
        "123.456    | -1 | 120.0",
        "1250.0     | -2 | 1200.0",
        "1350.0     | -2 | 1400.0",
        "1e300      | -300 | 1e+300",
        "1.5e300    | 2  | 1.5e+300",
        "5e-324     | 323 | 0.0",
        "5e-324     | 324 | 5e-324",
        "-1.5       | -400 | -0.0",
        "Infinity   | -400 | inf",
        "NaN        | 2  | nan",
    })
    void roundMatchesCPython(double x, int places, String expectedRepr) {
        assertThat(PyFloat.repr(PyRound.round(x, places))).isEqualTo(expectedRepr);
    }

    @Test
    void roundOverflowIsAnError() {
        assertThatThrownBy(() -> PyRound.round(1.7976931348623157e308, -308))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("too large");
    }

    @ParameterizedTest(name = "format({0}, ''.{1}f'') = {2}")
    @CsvSource(delimiter = '|', value = {
        "2.675      | 2 | 2.67",
        "0.125      | 2 | 0.12",
        "2.5        | 0 | 2",
        "-0.4       | 0 | -0",
        "-0.0       | 4 | -0.0000",
        "-1e-05     | 4 | -0.0000",
        "0.00005    | 4 | 0.0001",
        "0.7114171109915375 | 4 | 0.7114",
        "1234.5     | 3 | 1234.500",
        "1e16       | 2 | 10000000000000000.00",
        "1e22       | 1 | 10000000000000000000000.0",
        "1e-300     | 4 | 0.0000",
        "NaN        | 4 | nan",
        "Infinity   | 4 | inf",
        "-Infinity  | 4 | -inf",
    })
    void fixedMatchesCPython(double x, int decimals, String expected) {
        assertThat(PyRound.fixed(x, decimals)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "format({0}, ''.{1}%'') = {2}")
    @CsvSource(delimiter = '|', value = {
        "0.012      | 4 | 1.2000%",
        "0.5        | 1 | 50.0%",
        "1.0        | 0 | 100%",
        "0.00005    | 2 | 0.01%",
        "-0.0       | 2 | -0.00%",
        "1e308      | 2 | inf%",
        "NaN        | 2 | nan%",
    })
    void percentMatchesCPython(double x, int decimals, String expected) {
        assertThat(PyRound.percent(x, decimals)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "format({0}, '','') = {1}")
    @CsvSource(delimiter = '|', value = {
        "0                    | 0",
        "999                  | 999",
        "1000                 | 1,000",
        "40886                | 40,886",
        "-1234                | -1,234",
        "-123                 | -123",
        "1234567              | 1,234,567",
        "9223372036854775807  | 9,223,372,036,854,775,807",
        "-9223372036854775808 | -9,223,372,036,854,775,808",
    })
    void thousandsMatchesCPython(long n, String expected) {
        assertThat(PyRound.thousands(n)).isEqualTo(expected);
    }
}
